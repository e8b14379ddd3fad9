using System.Globalization;
using StaticChronology.Assembly;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>Feed timestamps taken from the events themselves, never from the clock, so output stays byte-identical.</summary>
internal static class EntryTimestamps
{
    public static string Rfc3339(Entry entry) =>
        ChronologyAssembler.Anchor(entry.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    /// <summary>The day of the latest event; null when there are no entries.</summary>
    public static DateOnly? LatestDay(Chronology chronology) => chronology.Entries.IsEmpty ? null : chronology.Entries.Select(Anchor).Max();

    /// <summary>The timestamp of <see cref="LatestDay"/>; the start of 1970 when there are no entries.</summary>
    public static string Latest(DateOnly? day) =>
        (day ?? new DateOnly(1970, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static DateOnly Anchor(Entry entry) => ChronologyAssembler.Anchor(entry.Date);
}
