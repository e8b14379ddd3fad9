namespace StaticChronology.Ingest.Temporal;

/// <summary>The calendar unit of a relative expression, an offset or a duration.</summary>
public enum TemporalUnit
{
    Day,
    Week,
    Weekend,
    Month,
    Year,
    Decade,
}
