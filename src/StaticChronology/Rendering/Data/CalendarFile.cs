using System.Globalization;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary><c>calendar.ics</c>: an iCalendar (RFC 5545) file with an all-day event for every entry dated to the day.</summary>
/// <remarks>
/// Entries dated only to a month or a year, or with an open or unknown end, have no day to put in a
/// calendar and are left out. The stamp of each event is its own date, never the clock, so the file is
/// byte-identical from build to build.
/// </remarks>
public static class CalendarFile
{
    public const string FileName = "calendar.ics";

    /// <param name="keep">Hands back the events of unchanged entries as written before (the preview server).</param>
    public static OutputFile Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, PartsKeeper? keep = null)
    {
        var head = new IcsWriter();
        head.Line("BEGIN", "VCALENDAR");
        head.Line("VERSION", "2.0");
        head.Line("PRODID", "-//StaticChronology//" + IcsWriter.Escape(chronology.Settings.Title) + "//EN");
        head.Line("CALSCALE", "GREGORIAN");
        head.Line("METHOD", "PUBLISH");
        head.Line("X-WR-CALNAME", IcsWriter.Escape(chronology.Settings.Title));
        var host = new Uri(urls.BaseUrl).Host;

        // Content lines stand alone, so each event is written on its own and kept: the file is their concatenation.
        var events = EntryParts.Make([.. chronology.Entries.Where(IsDayPrecise)], keep, entry => Event(entry, host, urls, markdown));

        var tail = new IcsWriter();
        tail.Line("END", "VCALENDAR");
        return EntryParts.File(FileName, "data", head.ToBytes(), events, tail.ToBytes(), kept: keep is not null);
    }

    private static byte[] Event(Entry entry, string host, SiteUrls urls, MarkdownRenderer markdown)
    {
        var ics = new IcsWriter();
        var first = entry.Date.Earliest;
        var url = urls.Absolute(urls.Entry(entry.Id));
        ics.Line("BEGIN", "VEVENT");
        ics.Line("UID", IcsWriter.Escape(entry.Id + "@" + host));
        ics.Line("DTSTAMP", first.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "T000000Z");
        ics.Line("DTSTART;VALUE=DATE", Day(first));

        // DTEND of an all-day event is the day after the last one (RFC 5545, 3.6.1).
        ics.Line("DTEND;VALUE=DATE", Day(entry.Date.Latest.AddDays(1)));
        ics.Line("SUMMARY", IcsWriter.Escape(entry.Title));
        ics.Line("DESCRIPTION", IcsWriter.Escape(EdtfDisplay.Format(entry.Date) + ". " + markdown.ToPlainText(entry.Summary) + "\n" + url));
        ics.Line("URL;VALUE=URI", url);
        if (entry.Status != EntryStatus.Occurred)
        {
            ics.Line("STATUS", entry.Status == EntryStatus.Planned ? "TENTATIVE" : "CONFIRMED");
        }

        if (!entry.Tags.IsEmpty)
        {
            ics.Line("CATEGORIES", string.Join(',', entry.Tags.Select(t => IcsWriter.Escape(t.Id))));
        }

        ics.Line("END", "VEVENT");
        return ics.ToBytes();
    }

    /// <summary>A single day or a range of whole days, both ends known.</summary>
    public static bool IsDayPrecise(Entry entry) =>
        entry.Date.Start is { Precision: DatePrecision.Day, IsDayUnspecified: false, Day: not null } &&
        entry.Date.End is { Precision: DatePrecision.Day, IsDayUnspecified: false, Day: not null };

    private static string Day(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
