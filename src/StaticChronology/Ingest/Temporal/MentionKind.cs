namespace StaticChronology.Ingest.Temporal;

/// <summary>The kinds of time expression the tagger finds, one per row of the rules table in docs/temporal.md.</summary>
public enum MentionKind
{
    /// <summary>Day, month and year in words or ISO form: "Jan. 10, 2022", "2022-01-10".</summary>
    FullDate,

    /// <summary>Day, month and year in digits with dots or slashes: "10.01.2022", "01/10/2022".</summary>
    NumericDate,

    /// <summary>A day of a month without a year: "Dec. 17", "the 10th of January".</summary>
    MonthDay,

    /// <summary>A weekday with a date: "Monday, Jan. 10".</summary>
    WeekdayDate,

    /// <summary>A weekday alone, possibly with next/last/this: "on Friday", "last Friday".</summary>
    Weekday,

    /// <summary>A day named from the publication date: "today", "yesterday", "this morning".</summary>
    Deictic,

    /// <summary>A calendar unit named from the publication date: "last week", "next month", "over the weekend".</summary>
    RelativeUnit,

    /// <summary>A distance from the publication date or from the date last mentioned: "two days ago", "a day later".</summary>
    Offset,

    /// <summary>A stretch of time, not a date: "within the next 30 days", "the past two years".</summary>
    Duration,

    /// <summary>An interval open at its end: "since 2002".</summary>
    Since,

    /// <summary>An interval open at its start: "until March".</summary>
    Until,

    /// <summary>A part of a period: "early December 2021", "mid-January", "the end of the week".</summary>
    PartOfPeriod,

    /// <summary>A month or a year or a decade: "December 2021", "in December", "in 2014", "the 1990s".</summary>
    MonthOrYear,

    /// <summary>A number of years before the publication: "almost eight years ago".</summary>
    YearsAgo,

    /// <summary>A clock time, possibly with a zone: "at 3 p.m.", "15:00 Moscow time".</summary>
    TimeOfDay,

    /// <summary>A time word that names no date: "now", "recently", "in the coming days".</summary>
    Vague,
}
