using System.Text;

namespace StaticChronology.Generate;

/// <summary>Writes generated files under one root, with LF newlines and UTF-8 without a byte order mark.</summary>
public sealed class OutputTree(string root)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public void Write(string relativePath, string text)
    {
        var full = Path.Combine(root, relativePath);
        var folder = Path.GetDirectoryName(full)!;
        if (_folders.Add(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(full, text, Utf8);
        Count++;
    }

    /// <summary>A YAML or TOML double-quoted string; the generated text has no control characters to escape.</summary>
    /// <summary>A flow list of ids under its key, one line: <c>people: [person-001, person-002]</c>, the same in our input and Hugo's front matter.</summary>
    public static void IdList(StringBuilder text, string key, IReadOnlyList<int> items, Func<int, string> id)
    {
        text.Append(key).Append(": [");
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(id(items[i]));
        }

        text.Append("]\n");
    }

    /// <summary>
    /// An entry's citations as YAML list items (the caller writes the list's key: <c>sources:</c> for our input,
    /// <c>citations:</c> in Hugo front matter) and its annotations, written the same way for both tools.
    /// </summary>
    public static void CitationsAndAnnotations(StringBuilder text, SyntheticEntry entry)
    {
        foreach (var citation in entry.Citations)
        {
            text.Append("  - source: ").Append(SyntheticChronology.SourceId(citation.Source)).Append('\n');
            text.Append("    quote: ").Append(OutputTree.Quoted(citation.Quote)).Append('\n');
            if (citation.SaidBy is { } speaker)
            {
                text.Append("    said_by: ").Append(SyntheticChronology.PersonId(speaker)).Append('\n');
            }
        }

        if (entry.Annotations.Count > 0)
        {
            text.Append("annotations:\n");
            foreach (var (kind, body) in entry.Annotations)
            {
                text.Append("  - kind: ").Append(kind).Append('\n');
                text.Append("    text: ").Append(OutputTree.Quoted(body)).Append('\n');
            }
        }
    }

    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
