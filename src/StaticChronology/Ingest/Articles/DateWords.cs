namespace StaticChronology.Ingest.Articles;

/// <summary>Month, weekday and time-zone words as outlets write them, kept as data apart from the patterns that use them.</summary>
public static class DateWords
{
    /// <summary>Month names and their abbreviations, lower case, with the month number.</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1,
        ["february"] = 2, ["feb"] = 2,
        ["march"] = 3, ["mar"] = 3,
        ["april"] = 4, ["apr"] = 4,
        ["may"] = 5,
        ["june"] = 6, ["jun"] = 6,
        ["july"] = 7, ["jul"] = 7,
        ["august"] = 8, ["aug"] = 8,
        ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10,
        ["november"] = 11, ["nov"] = 11,
        ["december"] = 12, ["dec"] = 12,
    };

    /// <summary>Weekday names and abbreviations; a stamp may open with one ("Tuesday 1 March 2022").</summary>
    public static readonly IReadOnlyList<string> Weekdays =
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    ];

    /// <summary>Zone abbreviations accepted after a time. A closed list, so a capitalised word after a time is not taken for a zone.</summary>
    public static readonly IReadOnlyList<string> Zones =
    [
        "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "WET", "WEST",
        "EST", "EDT", "ET", "CST", "CDT", "CT", "MST", "MDT", "PST", "PDT", "PT", "IST", "JST", "AEST", "AEDT", "Z",
    ];

    /// <summary>Alternation of month words for a regular expression, longest first so "June" wins over "Jun".</summary>
    internal static string MonthPattern { get; } = string.Join('|', Months.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));

    internal static string WeekdayPattern { get; } = string.Join('|', Weekdays.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));

    internal static string ZonePattern { get; } = string.Join('|', Zones.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal));

    internal static int Month(string word) => Months[word.TrimEnd('.').ToLowerInvariant()];
}
