namespace StaticChronology.Ingest.Articles;

/// <summary>A date an article states about itself, as precise as the outlet wrote it.</summary>
/// <param name="Year">Null when the outlet gave no year, as wire datelines do ("Feb 3 (Reuters)"): the year is left to later evidence.</param>
/// <param name="Time">The stated time of day, in the stated zone; null when none is given.</param>
/// <param name="Zone">The zone as written ("GMT", "Z", "+02:00", "ET"); null when none is given.</param>
/// <param name="Text">The date as written in the file, so it can be shown and checked.</param>
/// <param name="Line">One-based line of the stamp in the file.</param>
public sealed record PublicationStamp(int? Year, int Month, int Day, TimeOnly? Time, string? Zone, string Text, int Line)
{
    /// <summary>The date in EDTF (<c>2022-03-01</c>), or null when the year is unknown.</summary>
    public string? Edtf => Year is { } year
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{year:D4}-{Month:D2}-{Day:D2}")
        : null;
}
