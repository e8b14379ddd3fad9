namespace StaticChronology.Ingest.Temporal;

/// <summary>How an outlet writes all-digit dates; the text alone cannot tell 01/10/2022 in Kyiv from the same in Washington.</summary>
public enum NumericDateOrder
{
    /// <summary>Dotted dates day first (European), slashed dates month first (US): the usual habits of English-language news.</summary>
    BySeparator,

    /// <summary>Day first whatever the separator: 01/10/2022 is 1 October.</summary>
    DayFirst,

    /// <summary>Month first whatever the separator: 10.01.2022 is 1 October.</summary>
    MonthFirst,
}
