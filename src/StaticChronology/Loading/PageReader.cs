using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Reads a prose page: YAML front matter between <c>---</c> lines, then Markdown.</summary>
public static class PageReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "description", "order"];

    public static Page? Read(SourceText source, string slug, DiagnosticBag diagnostics)
    {
        var text = source.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatter, SourceLocation.FileStart(source.Path),
                "a page starts with front matter between '---' lines", "begin the file with '---', 'title: …', '---'"));
            return null;
        }

        var close = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var bodyStart = close + 5;
        if (close < 0 && text.EndsWith("\n---", StringComparison.Ordinal))
        {
            close = text.Length - 4;
            bodyStart = text.Length;
        }

        if (close < 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatter, SourceLocation.FileStart(source.Path),
                "the front matter is not closed", "add a line '---' after the last front-matter field"));
            return null;
        }

        // Keep the opening '---' in what YAML reads, so its line numbers are the file's.
        var frontMatter = source with { Text = text[..(close + 1)] };
        if (StrictYamlReader.Read(frontMatter, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, root.Location,
                $"front matter must be a mapping of keys to values, not {root.Describe()}"));
            return null;
        }

        var fields = new MappingReader(mapping, "page front matter", Keys, diagnostics);
        var title = fields.Text("title", required: true);
        var description = fields.Text("description");
        var orderText = fields.Text("order");
        int? order = null;
        if (orderText is not null)
        {
            if (int.TryParse(orderText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) && parsed <= 1000)
            {
                order = parsed;
            }
            else
            {
                fields.Report(DiagnosticCodes.InvalidValue, fields.LocationOf("order"), $"'order' must be a whole number from 0 to 1000, not '{orderText}'");
            }
        }

        if (fields.HasErrors || title is null)
        {
            return null;
        }

        var (line, _) = TextDecoder.LineColumn(text, bodyStart);
        return new Page(slug, mapping.Location, title, description, order, text[bodyStart..], new SourceLocation(source.Path, line, 1));
    }
}
