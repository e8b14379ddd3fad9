using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Articles;

/// <summary>Finds a dateline at the start of a paragraph: a place in capitals, perhaps a date and an agency, then a dash.</summary>
/// <remarks>
/// The place must be in capitals and the dash must follow, which is how wires and newspapers set a
/// dateline and how ordinary sentences never start. A date without a year stays without one: a wire
/// story filed "Feb 3" may be from any year, and later evidence (captions, relative dates) decides.
/// </remarks>
public static class DatelineParser
{
    private static readonly Regex Pattern = new(
        @"^(?<place>\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})?)"
        + $@"(?:,\s*(?<date>(?i:(?<mon>{DateWords.MonthPattern}))\.?\s+(?<d>\d{{1,2}})(?:,\s*(?<y>\d{{4}}))?))?"
        + @"\s*(?:\((?<agency>[\p{L}&. ]{2,30})\))?\s*[-–—]+\s+",
        RegexOptions.CultureInvariant);

    public static WireDateline? Parse(string text, int line)
    {
        var match = Pattern.Match(text);
        if (!match.Success)
        {
            return null;
        }

        // "A –" or "US –" are words, not places; a dateline names a place of at least three capitals.
        var place = match.Groups["place"].Value;
        if (place.Count(char.IsUpper) < 3 || place.Split(',')[0].Any(char.IsLower))
        {
            return null;
        }

        PublicationStamp? stamp = null;
        if (match.Groups["date"].Success)
        {
            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
            var month = DateWords.Month(match.Groups["mon"].Value);
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (!PublicationStampParser.IsDay(year, month, day))
            {
                return null;
            }

            stamp = new PublicationStamp(year, month, day, null, null, match.Groups["date"].Value, line);
        }

        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value : null;
        return new WireDateline(place.TrimEnd(), stamp, agency, match.Length);
    }
}
