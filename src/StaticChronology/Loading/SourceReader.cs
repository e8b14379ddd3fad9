using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Reads one source file into a <see cref="Source"/>.</summary>
public static class SourceReader
{
    public static readonly IReadOnlyList<string> Keys =
        ["id", "title", "outlet", "published", "published_basis", "published_note", "language", "translated_from", "seed", "url"];

    private static readonly Dictionary<string, PublishedBasis> Bases = new(StringComparer.Ordinal)
    {
        ["stated"] = PublishedBasis.Stated,
        ["inferred"] = PublishedBasis.Inferred,
    };

    /// <param name="fileId">The file name without <c>.yml</c>, which the <c>id</c> field must repeat.</param>
    public static Source? Read(SourceText source, string fileId, DiagnosticBag diagnostics)
    {
        if (StrictYamlReader.Read(source, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, root.Location,
                $"a source must be a mapping of keys to values, not {root.Describe()}"));
            return null;
        }

        var fields = new MappingReader(mapping, "source", Keys, diagnostics);
        var id = fields.Id("id", required: true);
        if (id is not null && !string.Equals(id, fileId, StringComparison.Ordinal))
        {
            fields.Report(DiagnosticCodes.IdMismatch, fields.LocationOf("id"),
                $"id '{id}' does not match the file name '{fileId}.yml'", $"rename the file to '{id}.yml' or set 'id: {fileId}'");
        }

        var title = fields.Text("title", required: true);
        var outlet = fields.Text("outlet");
        var published = EntryReader.ReadDate(fields, "published", diagnostics);
        var basis = fields.Enum("published_basis", Bases);
        if (basis is null && fields.Node("published_basis") is null)
        {
            fields.Text("published_basis", required: true);
        }

        var note = fields.Text("published_note");
        if (basis == PublishedBasis.Inferred && note is null)
        {
            fields.Report(DiagnosticCodes.MissingKey, fields.LocationOf("published_basis"),
                "an inferred publication date needs 'published_note' saying how it was worked out");
        }

        var language = LanguageTag(fields, "language", required: true);
        var translatedFrom = LanguageTag(fields, "translated_from", required: false);
        var seed = LocalPath(fields, "seed", required: true);
        var url = AbsoluteUrl(fields, "url");

        if (fields.HasErrors || id is null || title is null || published is null || basis is null || language is null || seed is null)
        {
            return null;
        }

        return new Source(id, mapping.Location, title, outlet, published, basis.Value, note, language, translatedFrom, seed, url);
    }

    internal static string? LanguageTag(MappingReader fields, string key, bool required)
    {
        var text = fields.Text(key, required);
        if (text is not null && !LanguageTags.IsValid(text))
        {
            fields.Report(DiagnosticCodes.InvalidValue, fields.LocationOf(key),
                $"'{text}' is not a language tag", "use a BCP 47 tag such as 'en', 'de' or 'pt-BR'");
            return null;
        }

        return text;
    }

    internal static string? AbsoluteUrl(MappingReader fields, string key, bool required = false)
    {
        var text = fields.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host))
        {
            return text;
        }

        fields.Report(DiagnosticCodes.InvalidUrl, fields.LocationOf(key),
            $"'{text}' is not an absolute http(s) URL", "write it in full, like https://example.org/article");
        return null;
    }

    /// <summary>A path inside the repository, refused if it is absolute or climbs out with <c>..</c> in either slash style.</summary>
    internal static string? LocalPath(MappingReader fields, string key, bool required)
    {
        var text = fields.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (RepositoryPaths.Normalise(text) is { } normalised)
        {
            return normalised;
        }

        fields.Report(DiagnosticCodes.PathEscapesRoot, fields.LocationOf(key),
            $"'{text}' is not a path inside the repository", "write a relative path with forward slashes, like seeds/000_article.txt");
        return null;
    }
}
