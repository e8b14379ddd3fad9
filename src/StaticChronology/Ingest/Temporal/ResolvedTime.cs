namespace StaticChronology.Ingest.Temporal;

/// <summary>A time mention resolved against a publication date, as EDTF text that <see cref="Dates.EdtfParser"/> accepts.</summary>
/// <param name="IsEventDate">False for durations, since/until spans, vague words and bare times: they date no event.</param>
/// <param name="Explanation">Reader-facing English saying which words gave the date and how.</param>
/// <param name="Warning">Set when a person should check the reading: a weekday that disagrees, an ambiguous numeric date.</param>
public sealed record ResolvedTime(string Edtf, bool IsEventDate, string Explanation, string? Warning);
