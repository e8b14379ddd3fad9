namespace StaticChronology.Ingest.Temporal;

/// <summary>The time a clause speaks of, read from cue words; it chooses between the past and future readings of a relative date.</summary>
public enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}
