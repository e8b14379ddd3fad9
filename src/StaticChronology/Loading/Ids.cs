using System.Text.RegularExpressions;

namespace StaticChronology.Loading;

/// <summary>The one rule for ids: they become URLs and file names on every operating system.</summary>
public static partial class Ids
{
    public const int MaxLength = 120;

    public const string Rule = "ids use lower-case letters a-z, digits and single hyphens, like 'antony-blinken'";

    private static readonly HashSet<string> ReservedDeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    public static bool IsValid(string text) =>
        text.Length <= MaxLength && IdPattern().IsMatch(text) && !ReservedDeviceNames.Contains(text);

    /// <summary>Turns a title into an id: lower case, ASCII letters and digits, hyphens between words.</summary>
    public static string Slugify(string text)
    {
        var normalized = text.Normalize(System.Text.NormalizationForm.FormD);
        var builder = new System.Text.StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark && c != '\'' && c != '\u2019')
            {
                pendingHyphen = true;
            }
        }

        var slug = builder.ToString();
        return slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
