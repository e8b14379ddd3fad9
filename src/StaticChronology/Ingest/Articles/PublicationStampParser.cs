using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Articles;

/// <summary>Reads the dates outlets print about their own articles, in the many ways they print them.</summary>
/// <remarks>
/// Only complete, unambiguous forms are read: a day, a month and a year, written with the month as a
/// word, in ISO order, or day-first with dots (a European convention with no month-first rival).
/// Slashed dates are read only year-first: "03/01/2022" is March or January depending on the outlet,
/// and the reader must not guess. A wire dateline's "Feb 3" without a year is read by <see cref="DatelineParser"/>.
/// </remarks>
public static class PublicationStampParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly string[] DateForms =
    [
        $@"(?:(?:{DateWords.WeekdayPattern})\.?,?\s+)?(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>{DateWords.MonthPattern})\.?,?\s+(?<y>\d{{4}})\b",
        $@"(?:(?:{DateWords.WeekdayPattern})\.?,?\s+)?(?<mon>{DateWords.MonthPattern})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>\d{{4}})\b",
        @"(?<y>\d{4})-(?<mm>\d{2})-(?<d>\d{2})(?:[T ](?<H>\d{2}):(?<M>\d{2})(?::(?<S>\d{2})(?:\.\d+)?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?(?!\d)",
        @"(?<d>\d{1,2})\.(?<mm>\d{1,2})\.(?<y>\d{4})\b",
        @"(?<y>\d{4})/(?<mm>\d{1,2})/(?<d>\d{1,2})\b",
    ];

    private static readonly Regex[] Anchored = [.. DateForms.Select(f => new Regex(@"^" + f, Options))];

    private static readonly Regex[] Floating = [.. DateForms.Select(f => new Regex(@"(?<![\w.])" + f, Options))];

    private static readonly Regex Time = new(
        $@"^[\s,]*(?:(?:at|,|-|–|—|\|)\s*)?(?<H>\d{{1,2}})[:.](?<M>\d{{2}})(?::(?<S>\d{{2}}))?(?:\s*(?<ampm>[ap]\.?m\b\.?))?(?:\s*(?<zone>(?:GMT|UTC)[+-]\d{{1,2}}(?::?\d{{2}})?|[+-]\d{{2}}:\d{{2}}|\b(?:{DateWords.ZonePattern})\b))?",
        Options);

    private static readonly Regex Keyword = new(
        @"^(?<kw>first\s+published|published|posted|last\s+updated|updated|last\s+modified|modified|dated|date|issued)(?:\s+(?:on|at))?\s*:?\s*",
        Options);

    private static readonly Regex Rest = new(@"^[\s.,;:|·•()\-–—]*$", Options);

    /// <summary>Reads a line, or a part of one between separators, that is nothing but a stamp: an optional keyword, a date, a time.</summary>
    /// <param name="isUpdate">True when the keyword says the date is a revision ("Updated", "Last modified").</param>
    public static bool TryParseLine(string text, int line, [NotNullWhen(true)] out PublicationStamp? stamp, out bool isUpdate)
    {
        stamp = null;
        isUpdate = false;
        var rest = text.Trim();
        var keyword = Keyword.Match(rest);
        if (keyword.Success)
        {
            var word = keyword.Groups["kw"].Value.ToLowerInvariant();
            isUpdate = word.Contains("updated", StringComparison.Ordinal) || word.Contains("modified", StringComparison.Ordinal);
            rest = rest[keyword.Length..];
        }

        // Some outlets print the time first: "11:13 PM, 7 January 2022".
        var leadingTime = Time.Match(rest);
        var dateStart = 0;
        if (leadingTime.Success && leadingTime.Length > 0 && !Anchored.Any(r => r.IsMatch(rest)))
        {
            dateStart = leadingTime.Length;
            while (dateStart < rest.Length && (char.IsWhiteSpace(rest[dateStart]) || rest[dateStart] is ',' or '-' or '–' or '|'))
            {
                dateStart++;
            }
        }
        else
        {
            leadingTime = Match.Empty;
        }

        foreach (var form in Anchored)
        {
            var date = form.Match(rest[dateStart..]);
            if (!date.Success)
            {
                continue;
            }

            var end = dateStart + date.Length;
            var time = leadingTime;
            if (!date.Groups["H"].Success && !leadingTime.Success)
            {
                var trailing = Time.Match(rest[end..]);
                if (trailing.Success && trailing.Length > 0)
                {
                    time = trailing;
                    end += trailing.Length;
                }
            }

            if (!Rest.IsMatch(rest[end..]) || Build(date, time, rest[..end].Trim().TrimEnd(','), line) is not { } built)
            {
                return false;
            }

            stamp = built;
            return true;
        }

        return false;
    }

    /// <summary>Every complete date written anywhere in a text (a caption, a sentence), in order, as evidence rather than a stamp.</summary>
    public static IReadOnlyList<PublicationStamp> FindDates(string text, int line)
    {
        var found = new List<(int Start, int End, PublicationStamp Stamp)>();
        foreach (var form in Floating)
        {
            foreach (Match date in form.Matches(text))
            {
                if (found.Any(f => f.Start < date.Index + date.Length && date.Index < f.End))
                {
                    continue;
                }

                if (Build(date, Match.Empty, date.Value, line) is { } stamp)
                {
                    found.Add((date.Index, date.Index + date.Length, stamp));
                }
            }
        }

        return [.. found.OrderBy(f => f.Start).Select(f => f.Stamp)];
    }

    /// <summary>True when a month and day exist in some year (29 February included, since the year may be unknown).</summary>
    internal static bool IsDay(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= (year is { } y ? DateTime.DaysInMonth(y, month) : DateTime.DaysInMonth(2000, month));

    private static PublicationStamp? Build(Match date, Match time, string text, int line)
    {
        var year = int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = date.Groups["mon"].Success
            ? DateWords.Month(date.Groups["mon"].Value)
            : int.Parse(date.Groups["mm"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2199 || !IsDay(year, month, day))
        {
            return null;
        }

        var clock = date.Groups["H"].Success ? date : time;
        TimeOnly? at = null;
        string? zone = null;
        if (clock.Success && clock.Groups["H"].Success)
        {
            var hour = int.Parse(clock.Groups["H"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(clock.Groups["M"].Value, CultureInfo.InvariantCulture);
            var second = clock.Groups["S"].Success ? int.Parse(clock.Groups["S"].Value, CultureInfo.InvariantCulture) : 0;
            if (clock.Groups["ampm"] is { Success: true } ampm)
            {
                if (hour is < 1 or > 12)
                {
                    return null;
                }

                var pm = char.ToLowerInvariant(ampm.Value[0]) == 'p';
                hour = hour % 12 + (pm ? 12 : 0);
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return null;
            }

            at = new TimeOnly(hour, minute, second);
            zone = clock.Groups["zone"].Success && clock.Groups["zone"].Length > 0 ? clock.Groups["zone"].Value : null;
        }

        return new PublicationStamp(year, month, day, at, zone, text, line);
    }
}
