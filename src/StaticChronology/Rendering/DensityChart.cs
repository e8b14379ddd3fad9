using System.Globalization;
using System.Text;
using StaticChronology.Assembly;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>
/// A month-by-month density chart drawn at build time as inline SVG: one row per year, twelve cells a row,
/// darker where more entries fall; every month with entries is a link to its month page.
/// </summary>
/// <remarks>
/// Colours come from the stylesheet through classes (<c>density__cell--0</c> … <c>--4</c>), so the chart
/// follows the light, dark and print schemes and needs no inline style. Cells are 24 units square with
/// 4 between them so that links keep the target size WCAG 2.2 asks for at the column's full width.
/// </remarks>
public static class DensityChart
{
    private const int Cell = 24;
    private const int Pitch = 28;
    private const int Label = 44;
    private const int Header = 18;
    private const int Levels = 4;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Initials = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"];
    private static readonly string?[] EmptyCells = new string?[200 * 12];

    /// <summary>The chart of <paramref name="entries"/>, or null when none is dated to a month.</summary>
    /// <param name="id">Unique on the page; names the caption the chart is labelled by.</param>
    public static SafeHtml? Render(IEnumerable<Entry> entries, SiteUrls urls, string id = "density") => Draw(Count(entries), urls, id);

    /// <summary>
    /// What the chart shows: how many entries fall in each month that has any, in order, the year, month and count
    /// of each in one number. Equal counts draw the same chart.
    /// </summary>
    public static long[] Count(IEnumerable<Entry> entries)
    {
        var counts = new Dictionary<(int Year, int Month), int>();
        foreach (var entry in entries)
        {
            if (ChronologyAssembler.HasMonth(entry.Date))
            {
                var anchor = ChronologyAssembler.Anchor(entry.Date);
                counts[(anchor.Year, anchor.Month)] = counts.GetValueOrDefault((anchor.Year, anchor.Month)) + 1;
            }
        }

        var months = counts.Select(c => ((long)c.Key.Year << 36) | ((long)c.Key.Month << 32) | (uint)c.Value).ToArray();
        Array.Sort(months);
        return months;
    }

    /// <summary>The same counts for every entry, from the chronology's months: as many steps as months, not entries.</summary>
    public static long[] Count(System.Collections.Immutable.ImmutableArray<YearGroup> years)
    {
        var months = new List<long>();
        foreach (var year in years)
        {
            foreach (var month in year.Months)
            {
                months.Add(((long)month.Year << 36) | ((long)month.Month << 32) | (uint)month.Entries.Length);
            }
        }

        var counts = months.ToArray();
        Array.Sort(counts);
        return counts;
    }

    /// <summary>The chart of the counts <see cref="Count(IEnumerable{Entry})"/> made, or null when there are none.</summary>
    public static SafeHtml? Draw(long[] months, SiteUrls urls, string id = "density")
    {
        if (months.Length == 0)
        {
            return null;
        }

        var counts = months.ToDictionary(m => (Year: (int)(m >> 36), Month: (int)((m >> 32) & 0xF)), m => (int)(m & 0xFFFF_FFFF));

        var years = counts.Keys.Select(k => k.Year).Distinct().Order().ToList();
        var max = counts.Values.Max();
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var width = Label + (12 * Pitch);
        var height = Header + (years.Count * Pitch);

        var svg = new StringBuilder(256 + (years.Count * 12 * 160));
        svg.Append(Invariant, $"<figure class=\"density\"><svg class=\"density__chart\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"group\" aria-labelledby=\"{id}-caption\">");
        svg.Append("<g class=\"density__axis\" aria-hidden=\"true\">");
        for (var m = 0; m < 12; m++)
        {
            svg.Append(Invariant, $"<text x=\"{Label + (m * Pitch) + (Cell / 2)}\" y=\"13\">{Initials[m]}</text>");
        }

        for (var row = 0; row < years.Count; row++)
        {
            svg.Append(Invariant, $"<text class=\"density__year\" x=\"0\" y=\"{Header + (row * Pitch) + 17}\">{years[row]:D4}</text>");
        }

        svg.Append("</g>");
        for (var row = 0; row < years.Count; row++)
        {
            for (var month = 1; month <= 12; month++)
            {
                var x = Label + ((month - 1) * Pitch);
                var y = Header + (row * Pitch);
                var count = counts.GetValueOrDefault((years[row], month));
                if (count == 0)
                {
                    svg.Append(EmptyCell(row, month));
                    continue;
                }

                // Month names and numbers need no escaping.
                var level = Math.Clamp((int)Math.Ceiling(Levels * (double)count / max), 1, Levels);
                var name = ViewModels.MonthName(month);
                var noun = count == 1 ? "entry" : "entries";
                svg.Append(Invariant, $"<a href=\"{urls.Month(years[row], month)}\" aria-label=\"{name} {years[row]:D4}: {count} {noun}\"><title>{name} {years[row]:D4}: {count} {noun}</title><rect class=\"density__cell density__cell--{level}\" x=\"{x}\" y=\"{y}\" width=\"{Cell}\" height=\"{Cell}\" rx=\"3\"/></a>");
            }
        }

        svg.Append(Invariant, $"</svg><figcaption class=\"density__caption\" id=\"{id}-caption\">Entries by month, {Time(first)} to {Time(last)}. Darker months hold more entries; each links to its month.</figcaption></figure>");
        return new SafeHtml(svg.ToString());
    }

    /// <summary>An empty month's cell, which depends on nothing but its place: most cells of a term's chart, made once.</summary>
    private static string EmptyCell(int row, int month)
    {
        var at = (row * 12) + month - 1;
        if (at < EmptyCells.Length && EmptyCells[at] is { } kept)
        {
            return kept;
        }

        var cell = string.Create(Invariant, $"<rect class=\"density__cell density__cell--0\" x=\"{Label + ((month - 1) * Pitch)}\" y=\"{Header + (row * Pitch)}\" width=\"{Cell}\" height=\"{Cell}\" rx=\"3\" aria-hidden=\"true\"/>");
        if (at < EmptyCells.Length)
        {
            // Two threads may make the same cell; either copy will do.
            EmptyCells[at] = cell;
        }

        return cell;
    }

    private static string Time((int Year, int Month) month) =>
        string.Create(Invariant, $"<time datetime=\"{month.Year:D4}-{month.Month:D2}\">{ViewModels.MonthLabel(month.Year, month.Month)}</time>");
}
