namespace StaticChronology.Ingest.Temporal;

/// <summary>What an offset or a duration counts from.</summary>
public enum OffsetAnchor
{
    /// <summary>"two days ago", "in two weeks", "the past two years".</summary>
    Publication,

    /// <summary>"a day later", "a week earlier", "a day after the visit": the date the text last gave.</summary>
    LastMentioned,

    /// <summary>"for two weeks": a length with nothing to count from.</summary>
    None,
}
