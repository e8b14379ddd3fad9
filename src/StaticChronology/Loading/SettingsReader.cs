using System.Text.RegularExpressions;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Reads <c>chronology.yml</c>, the site-wide settings.</summary>
public static partial class SettingsReader
{
    public static readonly IReadOnlyList<string> Keys = ["title", "description", "base_url", "language", "timezone"];

    public static ChronologySettings? Read(SourceText source, DiagnosticBag diagnostics)
    {
        if (StrictYamlReader.Read(source, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, root.Location,
                $"chronology.yml must be a mapping of keys to values, not {root.Describe()}"));
            return null;
        }

        var fields = new MappingReader(mapping, "chronology.yml", Keys, diagnostics);
        var title = fields.Text("title", required: true);
        var description = fields.Text("description");
        var baseUrl = SourceReader.AbsoluteUrl(fields, "base_url", required: true);
        var language = SourceReader.LanguageTag(fields, "language", required: true);
        var timezone = fields.Text("timezone");
        if (timezone is not null && !TimezonePattern().IsMatch(timezone))
        {
            fields.Report(DiagnosticCodes.InvalidValue, fields.LocationOf("timezone"),
                $"'{timezone}' is not an IANA time zone name", "write it like Europe/Kyiv or UTC");
        }

        if (fields.HasErrors || title is null || baseUrl is null || language is null)
        {
            return null;
        }

        return new ChronologySettings(title, description, WithTrailingSlash(baseUrl), language, timezone);
    }

    public static string WithTrailingSlash(string url) => url.EndsWith('/') ? url : url + "/";

    [GeneratedRegex("^(?:UTC|[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z0-9_+-]+){1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex TimezonePattern();
}
