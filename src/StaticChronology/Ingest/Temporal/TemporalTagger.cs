using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Temporal;

/// <summary>Finds the time expressions of one sentence, with look-alikes dropped, ordered and without overlaps.</summary>
public static class TemporalTagger
{
    private static readonly HashSet<MentionKind> Dates =
    [
        MentionKind.FullDate, MentionKind.NumericDate, MentionKind.MonthDay, MentionKind.WeekdayDate, MentionKind.Weekday,
        MentionKind.Deictic,
    ];

    private static readonly HashSet<MentionKind> Periods = [MentionKind.MonthOrYear, MentionKind.RelativeUnit];

    private static readonly HashSet<MentionKind> IntervalEnds =
    [
        MentionKind.FullDate, MentionKind.NumericDate, MentionKind.MonthDay, MentionKind.WeekdayDate, MentionKind.Weekday,
        MentionKind.Deictic, MentionKind.RelativeUnit, MentionKind.MonthOrYear, MentionKind.PartOfPeriod,
    ];

    /// <summary>Longest match wins; a clock time next to a date joins it; since/until and part words wrap what follows them.</summary>
    public static IReadOnlyList<TimeMention> Tag(string sentence) => Tag(sentence, NumericDateOrder.BySeparator);

    /// <summary>As <see cref="Tag(string)"/>, reading all-digit dates in the outlet's own order.</summary>
    public static IReadOnlyList<TimeMention> Tag(string sentence, NumericDateOrder numericOrder)
    {
        ArgumentNullException.ThrowIfNull(sentence);

        // Order: negatives, then every rule, then the choice among overlaps, then the joins that need the chosen
        // mentions (times onto dates, part words, then interval words, so "since early 2022" wraps "early 2022").
        var blocked = Negatives(sentence);
        var candidates = new List<(TimeMention Mention, int Rule)>();
        var rules = TemporalPatterns.Rules;
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (Match match in rules[i].Regex.Matches(sentence))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                if (MentionReader.Read(rules[i].Rule, match, numericOrder) is { } mention)
                {
                    candidates.Add((mention, i));
                }
                else
                {
                    // An impossible date ("February 30, 2022") is a look-alike as a whole: its year is not a year mention either.
                    blocked.Add((match.Index, match.Index + match.Length));
                }
            }
        }

        candidates.RemoveAll(c => blocked.Any(b => Overlaps(b.Start, b.End, c.Mention.Start, c.Mention.End)));

        var chosen = new List<TimeMention>();
        foreach (var (mention, _) in candidates
            .OrderByDescending(c => c.Mention.Length)
            .ThenBy(c => c.Mention.Start)
            .ThenBy(c => c.Rule))
        {
            if (!chosen.Any(c => Overlaps(c.Start, c.End, mention.Start, mention.End)))
            {
                chosen.Add(mention);
            }
        }

        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        var joined = AttachTimes(sentence, chosen);
        joined = [.. joined.Select(m => WrapPart(sentence, m))];
        joined = [.. joined.Select(m => WrapInterval(sentence, m))];
        return joined;
    }

    private static List<(int Start, int End)> Negatives(string sentence) =>
        [.. TemporalPatterns.Negatives
            .SelectMany(regex => regex.Matches(sentence))
            .Select(m => (m.Index, m.Index + m.Length))];

    private static List<TimeMention> AttachTimes(string sentence, List<TimeMention> mentions)
    {
        var result = new List<TimeMention>(mentions);
        for (var i = 0; i < result.Count; i++)
        {
            var time = result[i];
            if (time.Kind != MentionKind.TimeOfDay)
            {
                continue;
            }

            // A date just before the time, else just after it ("at 3 p.m. on Friday").
            var dateIndex = i > 0 && Joinable(sentence, result[i - 1], time) ? i - 1
                : i + 1 < result.Count && Joinable(sentence, time, result[i + 1]) ? i + 1
                : -1;
            if (dateIndex < 0 || !Dates.Contains(result[dateIndex].Kind) || result[dateIndex].Time is not null)
            {
                continue;
            }

            var date = result[dateIndex];
            var start = Math.Min(date.Start, time.Start);
            var end = Math.Max(date.End, time.End);
            result[Math.Min(i, dateIndex)] = date with
            {
                Text = sentence[start..end],
                Start = start,
                Length = end - start,
                Time = time.Time,
                Zone = time.Zone,
            };
            result.RemoveAt(Math.Max(i, dateIndex));
            i = Math.Min(i, dateIndex);
        }

        return result;
    }

    private static bool Joinable(string sentence, TimeMention first, TimeMention second) =>
        TemporalPatterns.TimeJoint.IsMatch(sentence[first.End..second.Start]);

    private static TimeMention WrapPart(string sentence, TimeMention mention)
    {
        if (!Periods.Contains(mention.Kind))
        {
            return mention;
        }

        var before = TemporalPatterns.PartWordBefore.Match(sentence[..mention.Start]);
        if (!before.Success)
        {
            return mention;
        }

        var part = TemporalLexicon.Parts[Normalise(before.Groups["word"].Value)];

        // "earlier" and "later" only make a part of the current period ("earlier this week"); elsewhere they are offsets.
        if (part is PeriodPart.Earlier or PeriodPart.Later && mention is not { Kind: MentionKind.RelativeUnit, Offset: 0, FromTense: false })
        {
            return mention;
        }

        return Wrap(sentence, MentionKind.PartOfPeriod, before.Index, mention) with { Part = part };
    }

    private static TimeMention WrapInterval(string sentence, TimeMention mention)
    {
        if (!IntervalEnds.Contains(mention.Kind))
        {
            return mention;
        }

        var before = TemporalPatterns.IntervalWordBefore.Match(sentence[..mention.Start]);
        return before.Success
            ? Wrap(sentence, TemporalLexicon.IntervalWords[Normalise(before.Groups["word"].Value)], before.Index, mention)
            : mention;
    }

    private static TimeMention Wrap(string sentence, MentionKind kind, int start, TimeMention inner) =>
        new(sentence[start..inner.End], start, inner.End - start, kind)
        {
            Inner = inner,
            Year = inner.Year,
            Month = inner.Month,
            Day = inner.Day,
            Decade = inner.Decade,
            Unit = inner.Unit,
            Offset = inner.Offset,
            FromTense = inner.FromTense,
        };

    private static bool Overlaps(int start1, int end1, int start2, int end2) => start1 < end2 && start2 < end1;

    private static string Normalise(string words) => string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
