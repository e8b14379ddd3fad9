using System.Text.RegularExpressions;

namespace StaticChronology.Tests.Support;

/// <summary>How a browser reads the scheme of an attribute value, written independently of the library's own check.</summary>
public static partial class UrlSchemes
{
    /// <summary>Whether a browser following the value would stay on http, https or mailto (or a relative address).</summary>
    /// <remarks>
    /// The URL standard strips leading and trailing C0 controls and spaces and removes tabs and line
    /// breaks anywhere before it looks for the scheme; the value here is already entity-decoded by the parser.
    /// </remarks>
    public static bool IsSafe(string value)
    {
        var trimmed = value.Trim([.. Enumerable.Range(0, 0x21).Select(i => (char)i)]);
        var compact = trimmed.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal);
        var match = Scheme().Match(compact);
        return !match.Success || match.Groups[1].Value.ToUpperInvariant() is "HTTP" or "HTTPS" or "MAILTO";
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();
}
