using System.Text.RegularExpressions;

namespace StaticChronology.Loading;

/// <summary>The shape of BCP 47 language tags as used in <c>lang</c> attributes.</summary>
public static partial class LanguageTags
{
    public static bool IsValid(string text) => text.Length <= 35 && Pattern().IsMatch(text);

    [GeneratedRegex("^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
