using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Temporal;

/// <summary>Turns the named groups of a rule's match into the placeholder values of a <see cref="TimeMention"/>.</summary>
/// <remarks>One reader serves every rule: the group names are the vocabulary shared by the patterns and the lexicon.</remarks>
internal static class MentionReader
{
    /// <summary>Null when the words look like a date but cannot be one ("February 31, 2022", "25 p.m.").</summary>
    public static TimeMention? Read(TemporalRule rule, Match match, NumericDateOrder numericOrder)
    {
        var mention = new TimeMention(match.Value, match.Index, match.Length, rule.Kind) { Anchor = rule.Anchor };

        var year = Number(match, "year");
        var month = Month(match);
        var day = Number(match, "day");
        mention = mention with { Year = year, Month = month, Day = day };

        if (rule.Kind == MentionKind.NumericDate)
        {
            mention = ReadNumeric(mention, match, numericOrder);
            if (mention is null)
            {
                return null;
            }
        }

        if (mention.Day is { } d && mention.Month is { } m && !DayExists(mention.Year, m, d))
        {
            return null;
        }

        if (Group(match, "weekday") is { } weekday)
        {
            mention = mention with { Weekday = TemporalLexicon.Weekdays[weekday] };
        }

        var direction = Group(match, "dir") is { } dir ? TemporalLexicon.Directions[dir] : (int?)null;
        var unit = Group(match, "unit") is { } u ? TemporalLexicon.Units[u] : (TemporalUnit?)null;
        var count = Count(match);
        mention = mention with { Unit = unit, IsApproximate = match.Groups["hedge"].Success };

        mention = rule.Kind switch
        {
            MentionKind.Weekday => mention with { Offset = direction ?? 0, FromTense = direction is null },
            MentionKind.RelativeUnit => mention with { Offset = direction ?? 0, FromTense = direction is null },
            MentionKind.Deictic => ReadDeictic(mention, Group(match, "deictic")!),
            MentionKind.Offset => ReadOffset(rule, mention, match, count ?? 1),
            MentionKind.Duration => mention with { Offset = (count ?? 1) * (direction ?? (rule.Sign == 0 ? 1 : rule.Sign)) },
            MentionKind.PartOfPeriod => mention with { Part = TemporalLexicon.Parts[Group(match, "part")! + " of"], Offset = 0 },
            MentionKind.MonthOrYear => ReadDecade(mention, match),
            MentionKind.TimeOfDay => ReadTime(mention, match),
            MentionKind.Vague => mention with { Offset = TemporalLexicon.Vague[Normalise(Group(match, "vague")!)] },
            _ => mention,
        };

        if (mention is { Kind: not MentionKind.TimeOfDay } && match.Groups["hour"].Success)
        {
            mention = ReadTime(mention, match);
        }

        return mention;
    }

    public static bool DayExists(int? year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year ?? 2000, month);

    private static TimeMention? ReadNumeric(TimeMention mention, Match match, NumericDateOrder order)
    {
        var first = Number(match, "first")!.Value;
        var second = Number(match, "second")!.Value;
        var year = mention.Year!.Value;

        // Unless the outlet's order is known, dotted dates are European (day first) and slashed dates follow US usage
        // (month first), the usual reading in English-language news. When the other reading is also a real date the
        // mention is flagged; when only the other reading is a date, that one is taken.
        var dayFirst = order switch
        {
            NumericDateOrder.DayFirst => true,
            NumericDateOrder.MonthFirst => false,
            _ => match.Groups["separator"].Value == ".",
        };
        var (day, month) = dayFirst ? (first, second) : (second, first);
        var (altDay, altMonth) = (month, day);
        var valid = DayExists(year, month, day);
        var altValid = DayExists(year, altMonth, altDay);
        if (!valid && !altValid)
        {
            return null;
        }

        if (!valid)
        {
            (day, month) = (altDay, altMonth);
        }

        return mention with { Day = day, Month = month, IsAmbiguous = valid && altValid && first != second };
    }

    private static TimeMention ReadDeictic(TimeMention mention, string word)
    {
        var (days, part) = TemporalLexicon.Deictics[Normalise(word)];
        return mention with { Offset = days, Part = part, Unit = TemporalUnit.Day };
    }

    private static TimeMention ReadOffset(TemporalRule rule, TimeMention mention, Match match, int count)
    {
        var sign = rule.Sign;
        if (Group(match, "relation") is { } relation)
        {
            sign = TemporalLexicon.Relations[relation];
        }

        // Years back from the publication are their own kind: they give a year, approximately.
        var kind = rule.Sign < 0 && mention.Unit is TemporalUnit.Year or TemporalUnit.Decade ? MentionKind.YearsAgo : mention.Kind;
        return mention with
        {
            Kind = kind,
            Offset = sign * count,
            IsApproximate = mention.IsApproximate || kind == MentionKind.YearsAgo,
        };
    }

    private static TimeMention ReadDecade(TimeMention mention, Match match)
    {
        if (Number(match, "decade") is { } decade)
        {
            return mention with { Decade = decade, Unit = TemporalUnit.Decade };
        }

        if (Number(match, "shortdecade") is { } shortDecade)
        {
            // "the '90s" in news written now means the last century's decade; "the '20s" this one.
            return mention with { Decade = shortDecade >= 30 ? 1900 + shortDecade : 2000 + shortDecade, Unit = TemporalUnit.Decade };
        }

        return mention with { Unit = mention.Month is null ? TemporalUnit.Year : TemporalUnit.Month };
    }

    private static TimeMention ReadTime(TimeMention mention, Match match)
    {
        int hour;
        var minute = 0;
        if (Group(match, "noon") is { } noon)
        {
            hour = noon.Equals("noon", StringComparison.OrdinalIgnoreCase) ? 12 : 0;
        }
        else
        {
            hour = Number(match, "hour")!.Value;
            minute = Number(match, "minute") ?? 0;
            if (Group(match, "ampm") is { } ampm)
            {
                var pm = ampm.StartsWith('p') || ampm.StartsWith('P');
                hour = hour % 12 + (pm ? 12 : 0);
            }
        }

        return mention with { Time = new TimeOnly(hour, minute), Zone = Group(match, "zone") is { } z ? Normalise(z) : null };
    }

    private static int? Month(Match match)
    {
        if (Group(match, "month") is { } name)
        {
            return TemporalLexicon.Months[name];
        }

        return Number(match, "monthnumber");
    }

    private static int? Count(Match match)
    {
        if (Group(match, "count") is not { } count)
        {
            return null;
        }

        return int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : TemporalLexicon.NumberWords[count];
    }

    private static int? Number(Match match, string group) =>
        Group(match, group) is { } text ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : null;

    private static string? Group(Match match, string name)
    {
        var group = match.Groups[name];
        return group.Success ? group.Value : null;
    }

    /// <summary>Lexicon keys use single spaces; the text may break a phrase across several spaces or a line.</summary>
    private static string Normalise(string words) => string.Join(' ', words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
