using System.Globalization;
using StaticChronology.Assembly;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>Feed timestamps taken from the events themselves, never from the clock, so output stays byte-identical.</summary>
internal static class EntryTimestamps
{
    public static string Rfc3339(Entry entry) =>
        ChronologyAssembler.Anchor(entry.Date).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    public static string Latest(Chronology chronology) =>
        chronology.Entries.IsEmpty
            ? "1970-01-01T00:00:00Z"
            : chronology.Entries.Select(Anchor).Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static DateOnly Anchor(Entry entry) => ChronologyAssembler.Anchor(entry.Date);
}
