namespace StaticChronology.Ingest.Temporal;

/// <summary>The part of a period a phrase names ("early", "the end of") or the part of a day ("this morning").</summary>
public enum PeriodPart
{
    Early,
    Middle,
    Late,
    Beginning,
    End,

    /// <summary>"earlier this week": from the start of the period to the day before publication.</summary>
    Earlier,

    /// <summary>"later this month": from the day after publication to the end of the period.</summary>
    Later,
    Morning,
    Afternoon,
    Evening,
    Night,
}
