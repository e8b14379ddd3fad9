namespace StaticChronology.Ingest.Temporal;

/// <summary>Dates offsets ("two days ago", "a day later", "almost eight years ago") and spans ("the past two years").</summary>
internal static class OffsetResolver
{
    public static ResolvedTime? Offset(TimeMention mention, DateOnly publication, DateOnly? lastMentioned, string quoted, string published)
    {
        if (Anchor(mention, publication, lastMentioned) is not { } anchor)
        {
            return null;
        }

        var unit = mention.Unit ?? TemporalUnit.Day;
        var moved = Add(anchor, mention.Offset, unit);

        // The precision follows the unit: a count of days or weeks names a day, a count of months a month, of years a year.
        var edtf = unit switch
        {
            TemporalUnit.Month => EdtfText.Month(moved.Year, moved.Month),
            TemporalUnit.Year => EdtfText.Year(moved.Year),
            TemporalUnit.Decade => EdtfText.Year(moved.Year),
            _ => EdtfText.Day(moved, mention.Time),
        };
        if (mention.IsApproximate)
        {
            edtf = EdtfText.Approximate(edtf);
        }

        var from = From(mention, anchor, published);
        var about = mention.IsApproximate ? "about " : string.Empty;
        return new(edtf, true, $"{quoted} counted from {from}: {about}{Describe(moved, edtf)}", null);
    }

    public static ResolvedTime? Duration(TimeMention mention, DateOnly publication, DateOnly? lastMentioned, string quoted, string published)
    {
        if (mention.Anchor == OffsetAnchor.None || Anchor(mention, publication, lastMentioned) is not { } anchor)
        {
            return null;
        }

        var other = Add(anchor, mention.Offset, mention.Unit ?? TemporalUnit.Day);
        var (first, last) = other < anchor ? (other, anchor) : (anchor, other);
        return new(
            EdtfText.Range(first, last),
            false,
            $"{quoted} is a length of time counted from {From(mention, anchor, published)}, not an event date: {TemporalCalendar.Short(first)} to {TemporalCalendar.Short(last)}",
            null);
    }

    public static DateOnly Add(DateOnly date, int count, TemporalUnit unit) => unit switch
    {
        TemporalUnit.Week or TemporalUnit.Weekend => date.AddDays(7 * count),
        TemporalUnit.Month => date.AddMonths(count),
        TemporalUnit.Year => date.AddYears(count),
        TemporalUnit.Decade => date.AddYears(10 * count),
        _ => date.AddDays(count),
    };

    private static DateOnly? Anchor(TimeMention mention, DateOnly publication, DateOnly? lastMentioned) =>
        mention.Anchor == OffsetAnchor.LastMentioned ? lastMentioned : publication;

    private static string From(TimeMention mention, DateOnly anchor, string published) =>
        mention.Anchor == OffsetAnchor.LastMentioned
            ? "the date last mentioned, " + TemporalCalendar.Long(anchor)
            : "the publication date (" + published.Trim() + ")";

    private static string Describe(DateOnly date, string edtf) => edtf.TrimEnd('~').Length switch
    {
        4 => date.Year.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
        7 => TemporalCalendar.MonthName(date.Year, date.Month),
        _ => TemporalCalendar.Long(date),
    };
}
