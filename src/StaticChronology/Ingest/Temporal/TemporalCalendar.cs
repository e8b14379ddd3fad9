using System.Globalization;

namespace StaticChronology.Ingest.Temporal;

/// <summary>Calendar arithmetic for resolution: ISO weeks, weekday steps, and the wording of dates in explanations.</summary>
internal static class TemporalCalendar
{
    /// <summary>The Monday of the ISO 8601 week that holds the date; weeks run Monday to Sunday.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The nearest such weekday strictly after the date (1 to 7 days on).</summary>
    public static DateOnly NextWeekday(DateOnly date, DayOfWeek weekday)
    {
        var days = ((int)weekday - (int)date.DayOfWeek + 7) % 7;
        return date.AddDays(days == 0 ? 7 : days);
    }

    /// <summary>The nearest such weekday strictly before the date (1 to 7 days back).</summary>
    public static DateOnly PreviousWeekday(DateOnly date, DayOfWeek weekday)
    {
        var days = ((int)date.DayOfWeek - (int)weekday + 7) % 7;
        return date.AddDays(-(days == 0 ? 7 : days));
    }

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>"Friday 7 January 2022".</summary>
    public static string Long(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"7 January 2022".</summary>
    public static string Short(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"December 2021".</summary>
    public static string MonthName(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Name(DayOfWeek weekday) => weekday.ToString();

    public static string Name(Tense tense) => tense switch
    {
        Tense.Past => "past",
        Tense.Future => "future",
        Tense.Present => "present",
        _ => "unknown",
    };
}
