using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Articles;

/// <summary>Recognises photo captions and credit lines, which describe a picture rather than report an event.</summary>
/// <remarks>
/// A caption announces itself ("Photo:", "(Image: ...)") or ends with a credit: a photographer and an
/// agency joined by a bar or slash, or a picture agency's name. Captions are kept, apart from body
/// text, because the date of a news photo is good evidence for when the article was written.
/// </remarks>
public static partial class CaptionRules
{
    public static bool IsCaption(string line) =>
        Label().IsMatch(line) || InlineLabel().IsMatch(line) || Credit().IsMatch(line) || AgencyPhoto().IsMatch(line) || PictureAgency().IsMatch(line);

    [GeneratedRegex(@"^[(\[]?\s*(photo|photograph|image|picture|pictured|pic|caption|illustration|file photo|photo credit|credit|main image|top image|above|header image)\s*(by)?\s*:|^(image|photo|picture|video) (source|caption|credit)\s*[,:]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"[.!?)]\s*(Photograph|Photo|Image|Picture|Credit|Illustration)\s*:\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex InlineLabel();

    /// <summary>"... 2022.Alexander Ermochenko | Reuters", "... on Monday. Jane Roe/AP": a name, a bar or slash, an agency, and nothing after.</summary>
    [GeneratedRegex(@"(^|[\s.,)])\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3}\s*[|/]\s*\p{Lu}[\p{L}&.-]*( \p{Lu}[\p{L}&.-]*){0,2}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    [GeneratedRegex(@"\(\s*(AP|AFP|Reuters|EPA|dpa)?\s*Photo\s*/[^)]*\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyPhoto();

    [GeneratedRegex(@"(Getty Images|Shutterstock|EPA-EFE|Alamy|AP Photo|Reuters Pictures)\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PictureAgency();
}
