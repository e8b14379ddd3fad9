namespace StaticChronology.Ingest.Articles;

/// <summary>The place, date and agency that open a wire story ("KYIV, Feb 3 (Reuters) -").</summary>
/// <param name="Place">The place as written, in capitals.</param>
/// <param name="Stamp">The date when the dateline gives one; its year is null when the wire left it out.</param>
/// <param name="Agency">The agency in brackets, without them; null when none.</param>
/// <param name="Length">UTF-16 length of the dateline and the dash after it, i.e. where the body text starts.</param>
public sealed record WireDateline(string Place, PublicationStamp? Stamp, string? Agency, int Length);
