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
    public static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
