namespace StaticChronology.Dates;

/// <summary>What stands at one end of an interval: a date, an open end (<c>..</c>) or an unknown end (empty).</summary>
public enum EdtfBoundKind
{
    Known,

    /// <summary>Written <c>..</c>: the interval runs on without limit on that side.</summary>
    Open,

    /// <summary>Written as nothing: the end exists but nobody knows it.</summary>
    Unknown,
}
