namespace StaticChronology.Ingest.Temporal;

/// <summary>Dates periods: months and years with or without a year, this/next/last + unit, and parts of them.</summary>
internal static class PeriodResolver
{
    /// <summary>A resolved period: its days, the unit it is counted in, and how it was read.</summary>
    private readonly record struct Period(DateOnly First, DateOnly Last, TemporalUnit Unit, string Edtf, string How, string? Warning);

    public static ResolvedTime? Relative(TimeMention mention, Tense tense, DateOnly publication, string source)
    {
        var period = RelativePeriod(mention, tense, publication);
        return new(period.Edtf, true, $"dated from {source}: {period.How}", period.Warning);
    }

    public static ResolvedTime? MonthOrYear(TimeMention mention, Tense tense, DateOnly publication, string quoted)
    {
        if (Absolute(mention, tense, publication, quoted) is not { } period)
        {
            return null;
        }

        return new(period.Edtf, true, period.How, null);
    }

    /// <summary>Early: days 1–10 of a month, January–April of a year, Monday–Wednesday of a week; the middle and the late part follow.</summary>
    public static ResolvedTime? Part(TimeMention mention, Tense tense, DateOnly publication, string quoted, string published)
    {
        var inner = mention.Inner ?? mention with { Kind = MentionKind.RelativeUnit, FromTense = false };
        var period = inner.Kind == MentionKind.MonthOrYear
            ? Absolute(inner, tense, publication, "\"" + inner.Text + "\"")
            : RelativePeriod(inner, tense, publication);
        if (period is not { } whole)
        {
            return null;
        }

        var part = mention.Part!.Value;
        string? warning = whole.Warning;
        var (edtf, first, last) = Split(whole, part, publication);
        if (first > last)
        {
            // "later this week" published on a Sunday leaves no day: keep the whole period and say so.
            (edtf, first, last) = (whole.Edtf, whole.First, whole.Last);
            warning = $"{quoted}: no day of the period is left on that side of the publication; the whole period is kept";
        }

        var range = first == last ? TemporalCalendar.Long(first) : $"{TemporalCalendar.Short(first)} to {TemporalCalendar.Short(last)}";
        var basis = inner.Kind == MentionKind.MonthOrYear ? string.Empty : published;
        return new(edtf, true, $"{quoted}{basis}: the {Words(part)} of {Name(whole)}, read as {range}", warning);
    }

    private static (string Edtf, DateOnly First, DateOnly Last) Split(Period whole, PeriodPart part, DateOnly publication)
    {
        if (part == PeriodPart.Earlier)
        {
            return Days(whole.First, Min(whole.Last, publication.AddDays(-1)));
        }

        if (part == PeriodPart.Later)
        {
            return Days(Max(whole.First, publication.AddDays(1)), whole.Last);
        }

        var third = part switch
        {
            PeriodPart.Early or PeriodPart.Beginning => 0,
            PeriodPart.Middle => 1,
            _ => 2,
        };
        switch (whole.Unit)
        {
            case TemporalUnit.Year:
            {
                var year = whole.First.Year;
                var (from, to) = (1 + (4 * third), 4 + (4 * third));
                return (EdtfText.Month(year, from) + "/" + EdtfText.Month(year, to), new DateOnly(year, from, 1), TemporalCalendar.MonthEnd(year, to));
            }

            case TemporalUnit.Decade:
            {
                var decade = whole.First.Year;
                var (from, to) = third switch { 0 => (0, 3), 1 => (4, 6), _ => (7, 9) };
                return (EdtfText.Year(decade + from) + "/" + EdtfText.Year(decade + to), new DateOnly(decade + from, 1, 1), new DateOnly(decade + to, 12, 31));
            }

            case TemporalUnit.Week:
            {
                var (from, to) = third switch { 0 => (0, 2), 1 => (2, 4), _ => (4, 6) };
                return Days(whole.First.AddDays(from), whole.First.AddDays(to));
            }

            case TemporalUnit.Month:
            {
                var (from, to) = third switch { 0 => (1, 10), 1 => (11, 20), _ => (21, whole.Last.Day) };
                return Days(new DateOnly(whole.First.Year, whole.First.Month, from), new DateOnly(whole.First.Year, whole.First.Month, to));
            }

            default:
                return (whole.Edtf, whole.First, whole.Last);
        }
    }

    private static (string, DateOnly, DateOnly) Days(DateOnly first, DateOnly last) => (EdtfText.Range(first, last), first, last);

    private static Period RelativePeriod(TimeMention mention, Tense tense, DateOnly publication)
    {
        var offset = mention.Offset;
        switch (mention.Unit)
        {
            case TemporalUnit.Weekend:
                return Weekend(mention, tense, publication);

            case TemporalUnit.Month:
            {
                var month = new DateOnly(publication.Year, publication.Month, 1).AddMonths(offset);
                return new(month, TemporalCalendar.MonthEnd(month.Year, month.Month), TemporalUnit.Month, EdtfText.Month(month.Year, month.Month), TemporalCalendar.MonthName(month.Year, month.Month), null);
            }

            case TemporalUnit.Year:
            {
                var year = publication.Year + offset;
                return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TemporalUnit.Year, EdtfText.Year(year), EdtfText.Year(year), null);
            }

            case TemporalUnit.Decade:
            {
                var decade = (publication.Year / 10 * 10) + (10 * offset);
                return new(new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), TemporalUnit.Decade, EdtfText.Decade(decade), $"the {decade}s", null);
            }

            default:
            {
                var monday = TemporalCalendar.WeekStart(publication).AddDays(7 * offset);
                var sunday = monday.AddDays(6);
                var week = System.Globalization.ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue));
                var weekYear = System.Globalization.ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue));
                var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the ISO week {weekYear:0000}-W{week:00}, {TemporalCalendar.Short(monday)} to {TemporalCalendar.Short(sunday)}");
                return new(monday, sunday, TemporalUnit.Week, EdtfText.Range(monday, sunday), name, null);
            }
        }
    }

    private static Period Weekend(TimeMention mention, Tense tense, DateOnly publication)
    {
        DateOnly saturday;
        string? warning = null;
        if (!mention.FromTense)
        {
            saturday = TemporalCalendar.WeekStart(publication).AddDays(5 + (7 * mention.Offset));
        }
        else if (tense is Tense.Future or Tense.Present)
        {
            // The coming weekend, or the current one when published on it.
            saturday = publication.DayOfWeek == DayOfWeek.Sunday ? publication.AddDays(-1) : TemporalCalendar.NextWeekday(publication.AddDays(-1), DayOfWeek.Saturday);
        }
        else
        {
            // The weekend just gone, which is the current one when published on its Sunday.
            saturday = TemporalCalendar.PreviousWeekday(publication, DayOfWeek.Saturday);
            if (tense == Tense.Unknown)
            {
                warning = $"\"{mention.Text}\": no tense cue; read as the weekend before publication";
            }
        }

        var sunday = saturday.AddDays(1);
        return new(saturday, sunday, TemporalUnit.Weekend, EdtfText.Range(saturday, sunday), $"the weekend of {TemporalCalendar.Short(saturday)} and {TemporalCalendar.Short(sunday)}", warning);
    }

    private static Period? Absolute(TimeMention mention, Tense tense, DateOnly publication, string quoted)
    {
        if (mention.Decade is { } decade)
        {
            return new(new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), TemporalUnit.Decade, EdtfText.Decade(decade), $"{quoted} names the decade {decade}s", null);
        }

        if (mention.Month is not { } month)
        {
            var year = mention.Year!.Value;
            return new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TemporalUnit.Year, EdtfText.Year(year), $"{quoted} names the year {year}", null);
        }

        string how;
        int chosenYear;
        if (mention.Year is { } stated)
        {
            chosenYear = stated;
            how = $"{quoted} names the month {TemporalCalendar.MonthName(stated, month)}";
        }
        else if (YearChoice.Choose(y => (new DateOnly(y, month, 1), TemporalCalendar.MonthEnd(y, month)), tense, publication) is { } choice)
        {
            chosenYear = choice.Year;
            how = $"{quoted} in a report published on {TemporalCalendar.Short(publication)}: {YearChoice.Describe(choice.Reading)} is {TemporalCalendar.MonthName(choice.Year, month)}";
        }
        else
        {
            return null;
        }

        return new(new DateOnly(chosenYear, month, 1), TemporalCalendar.MonthEnd(chosenYear, month), TemporalUnit.Month, EdtfText.Month(chosenYear, month), how, null);
    }

    private static string Name(Period period) => period.Unit switch
    {
        TemporalUnit.Month => TemporalCalendar.MonthName(period.First.Year, period.First.Month),
        TemporalUnit.Year => EdtfText.Year(period.First.Year),
        TemporalUnit.Decade => $"the {period.First.Year}s",
        TemporalUnit.Week => $"the week of {TemporalCalendar.Short(period.First)}",
        _ => $"the weekend of {TemporalCalendar.Short(period.First)}",
    };

    private static string Words(PeriodPart part) => part switch
    {
        PeriodPart.Early => "early part",
        PeriodPart.Middle => "middle",
        PeriodPart.Late => "late part",
        PeriodPart.Beginning => "beginning",
        PeriodPart.End => "end",
        PeriodPart.Earlier => "days before publication",
        PeriodPart.Later => "days after publication",
        _ => "part",
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
