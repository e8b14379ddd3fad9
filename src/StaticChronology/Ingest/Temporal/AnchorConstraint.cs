namespace StaticChronology.Ingest.Temporal;

/// <summary>What publication dates a mention allows: the evidence for inferring the date of an article that states none.</summary>
/// <remarks>
/// Each method inverts a rule of <see cref="TemporalResolver"/>: it gives every publication date under which the
/// resolver would read the mention as the known event date. Windows are intersected across an article and, through
/// events dated elsewhere, across the collection.
/// </remarks>
public static class AnchorConstraint
{
    /// <summary>
    /// The mention refers to an event known to be on <paramref name="eventDate"/>: which publication dates make that
    /// reading true? Null when the mention says nothing about the publication date (absolute dates, vague words,
    /// offsets from another date); an empty window when no publication date gives that reading.
    /// </summary>
    public static PublicationWindow? For(TimeMention mention, Tense tense, DateOnly eventDate)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var quoted = "\"" + mention.Text + "\"";
        var on = " for an event on " + TemporalCalendar.Long(eventDate);
        switch (mention.Kind)
        {
            case MentionKind.Weekday when mention.Weekday is { } weekday:
            {
                if (eventDate.DayOfWeek != weekday)
                {
                    return Empty($"{quoted} names a {weekday}, but the event is on a {eventDate.DayOfWeek}");
                }

                // The resolver's own reading, inverted: same day in any tense, else six days on the tense's side.
                var (earliest, latest) = mention.FromTense switch
                {
                    false when mention.Offset < 0 => (eventDate.AddDays(1), eventDate.AddDays(7)),
                    false when mention.Offset > 0 => (eventDate.AddDays(-7), eventDate.AddDays(-1)),
                    false => (TemporalCalendar.WeekStart(eventDate), TemporalCalendar.WeekStart(eventDate).AddDays(6)),
                    true when tense is Tense.Future or Tense.Present => (eventDate.AddDays(-6), eventDate),
                    true when tense == Tense.Past => (eventDate, eventDate.AddDays(6)),
                    _ => (eventDate.AddDays(-6), eventDate.AddDays(6)),
                };
                return Window(earliest, latest, $"{quoted} ({TemporalCalendar.Name(tense)} tense){on}");
            }

            case MentionKind.Deictic:
            {
                var publication = eventDate.AddDays(-mention.Offset);
                return Window(publication, publication, $"{quoted}{on}");
            }

            case MentionKind.Offset when mention.Anchor == OffsetAnchor.Publication:
                return OffsetWindow(mention, eventDate, quoted + on);

            case MentionKind.YearsAgo:
            {
                // "eight years ago" is never exact: allow a year either side of the count.
                var year = eventDate.Year - mention.Offset;
                return Window(new DateOnly(year - 1, 1, 1), new DateOnly(year + 1, 12, 31), $"{quoted}{on}, give or take a year");
            }

            case MentionKind.RelativeUnit when mention.Unit == TemporalUnit.Weekend:
                return WeekendWindow(mention, tense, eventDate, quoted + on);

            case MentionKind.RelativeUnit when mention.Unit is { } unit:
                return UnitWindow(unit, -mention.Offset, eventDate, $"{quoted}{on}");

            case MentionKind.PartOfPeriod when (mention.Inner ?? mention) is { Kind: MentionKind.RelativeUnit or MentionKind.PartOfPeriod, Unit: { } unit } period
                && unit != TemporalUnit.Weekend:
            {
                // The event lies in the named part of the period, so publication lies in the period the words count
                // from; "earlier this week" also puts it after the event, "later this week" before it.
                var window = UnitWindow(unit, -period.Offset, eventDate, $"{quoted}{on}");
                return mention.Part switch
                {
                    PeriodPart.Earlier => window with { Earliest = Max(window.Earliest, eventDate.AddDays(1)) },
                    PeriodPart.Later => window with { Latest = Min(window.Latest, eventDate.AddDays(-1)) },
                    _ => window,
                };
            }

            case MentionKind.WeekdayDate when mention.Year is null:
            {
                if (mention.Weekday is { } w && eventDate.DayOfWeek != w)
                {
                    return Empty($"{quoted} names a {w}, but {TemporalCalendar.Short(eventDate)} is a {eventDate.DayOfWeek}");
                }

                // The resolver looks for the agreeing year within a year of publication, so publication is within a
                // year of the event's year; a weekday and date pair recurs only years apart, so there it is unique.
                return Window(new DateOnly(eventDate.Year - 1, 1, 1), new DateOnly(eventDate.Year + 1, 12, 31), $"{quoted}{on}: the weekday agrees only in that year nearby");
            }

            case MentionKind.MonthDay when mention.Year is null:
                return YearlessWindow(eventDate, eventDate, tense, y => MentionReader.DayExists(y, eventDate.Month, eventDate.Day) ? (new DateOnly(y, eventDate.Month, eventDate.Day), new DateOnly(y, eventDate.Month, eventDate.Day)) : null, quoted + on);

            case MentionKind.MonthOrYear or MentionKind.PartOfPeriod when (mention.Inner ?? mention) is { Kind: MentionKind.MonthOrYear, Year: null, Month: { } month }:
            {
                var first = new DateOnly(eventDate.Year, month, 1);
                return YearlessWindow(first, TemporalCalendar.MonthEnd(first.Year, month), tense, y => (new DateOnly(y, month, 1), TemporalCalendar.MonthEnd(y, month)), quoted + on);
            }

            default:
                return null;
        }
    }

    /// <summary>
    /// Constraints the text gives by itself. A weekday with a date but no year fixes the year among those near
    /// <paramref name="yearHint"/> in which the weekday agrees; an absolute date in the past means publication on or
    /// after it, in the future on or before it. Null when the mention gives no such constraint.
    /// </summary>
    public static PublicationWindow? FromAbsolute(TimeMention mention, Tense tense, int? yearHint)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var quoted = "\"" + mention.Text + "\"";
        string reason;

        if (mention is { Kind: MentionKind.WeekdayDate, Year: null, Weekday: { } weekday, Month: { } month, Day: { } day })
        {
            var years = CandidateYears(yearHint)
                .Where(y => MentionReader.DayExists(y, month, day) && new DateOnly(y, month, day).DayOfWeek == weekday)
                .ToList();
            if (years.Count == 0)
            {
                return null;
            }

            // The nearest agreeing year to the hint; several at the same distance leave the year open, and then the
            // window spans them all, for the rest of the collection to settle.
            var best = yearHint is { } hint ? years.Where(y => Math.Abs(y - hint) == years.Min(c => Math.Abs(c - hint))).ToList() : years;
            var first = new DateOnly(best.Min(), month, day);
            var last = new DateOnly(best.Max(), month, day);
            reason = best.Count == 1
                ? $"{quoted}: {weekday} fits {TemporalCalendar.Short(first)}"
                : $"{quoted}: {weekday} fits {string.Join(", ", best)}";
            return tense switch
            {
                Tense.Future => Window(first.AddYears(-1).AddDays(1), last, reason + ", said in the future"),
                Tense.Past => Window(first, last.AddYears(1).AddDays(-1), reason + ", said in the past"),
                _ => Window(first.AddYears(-1).AddDays(1), last.AddYears(1).AddDays(-1), reason),
            };
        }

        if (AbsoluteSpan(mention) is not { } s)
        {
            return null;
        }

        reason = $"{quoted} names {Describe(s.First, s.Last)}";
        if (mention.Kind == MentionKind.Since)
        {
            return Window(s.First, DateOnly.MaxValue, reason + ", and the text speaks of the time since it");
        }

        return tense switch
        {
            Tense.Past => Window(s.First, DateOnly.MaxValue, reason + " in the past: published on or after its start"),
            Tense.Future => Window(DateOnly.MinValue, s.Last, reason + " in the future: published on or before its end"),
            _ => null,
        };
    }

    /// <summary>The publication dates every window allows; null when they contradict or when there is none.</summary>
    public static PublicationWindow? Intersect(IEnumerable<PublicationWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var list = windows.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var earliest = list.Max(w => w.Earliest);
        var latest = list.Min(w => w.Latest);
        return earliest > latest ? null : new PublicationWindow(earliest, latest, [.. list.SelectMany(w => w.Reasons)]);
    }

    /// <summary>
    /// A date written without a year repeats; the resolver takes the occurrence on the tense's side, else the nearest.
    /// Inverted: past, from the event to the day before the next occurrence; future, from the day after the previous
    /// occurrence to the event; otherwise the days nearer this occurrence than its neighbours.
    /// </summary>
    private static PublicationWindow YearlessWindow(DateOnly first, DateOnly last, Tense tense, Func<int, (DateOnly First, DateOnly Last)?> occurrence, string reason)
    {
        var previousLast = Enumerable.Range(1, 8).Select(k => occurrence(first.Year - k)).First(d => d is not null)!.Value.Last;
        var next = Enumerable.Range(1, 8).Select(k => occurrence(first.Year + k)).First(d => d is not null)!.Value.First;
        return tense switch
        {
            Tense.Past => Window(first, next.AddDays(-1), reason + ", said in the past"),
            Tense.Future => Window(previousLast.AddDays(1), last, reason + ", said in the future"),
            _ => Window(
                previousLast.AddDays(((first.DayNumber - previousLast.DayNumber) / 2) + 1),
                last.AddDays((next.DayNumber - last.DayNumber) / 2),
                reason + ", the nearest reading"),
        };
    }

    private static (DateOnly First, DateOnly Last)? AbsoluteSpan(TimeMention mention)
    {
        var m = mention.Kind is MentionKind.Since or MentionKind.PartOfPeriod && mention.Inner is { } inner ? inner : mention;
        if (m.Kind is not (MentionKind.FullDate or MentionKind.NumericDate or MentionKind.WeekdayDate or MentionKind.MonthOrYear))
        {
            return null;
        }

        if (m.Decade is { } decade)
        {
            return (new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31));
        }

        if (m.Year is not { } year)
        {
            return null;
        }

        if (m.Month is not { } month)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (m.Day is not { } day)
        {
            return (new DateOnly(year, month, 1), TemporalCalendar.MonthEnd(year, month));
        }

        var date = new DateOnly(year, month, day);
        return (date, date);
    }

    private static IEnumerable<int> CandidateYears(int? hint) =>
        hint is { } h ? Enumerable.Range(h - 6, 13) : Enumerable.Range(1900, 200);

    private static PublicationWindow OffsetWindow(TimeMention mention, DateOnly eventDate, string reason)
    {
        var unit = mention.Unit ?? TemporalUnit.Day;
        if (unit is TemporalUnit.Day or TemporalUnit.Week or TemporalUnit.Weekend)
        {
            var publication = OffsetResolver.Add(eventDate, -mention.Offset, unit);
            return Window(publication, publication, reason);
        }

        return UnitWindow(unit, -mention.Offset, eventDate, reason);
    }

    /// <summary>The unit holding the event, shifted by <paramref name="shift"/> units: "last week" puts publication in the following week.</summary>
    private static PublicationWindow UnitWindow(TemporalUnit unit, int shift, DateOnly eventDate, string reason)
    {
        switch (unit)
        {
            case TemporalUnit.Week:
            {
                var monday = TemporalCalendar.WeekStart(eventDate).AddDays(7 * shift);
                return Window(monday, monday.AddDays(6), reason);
            }

            case TemporalUnit.Month:
            {
                var month = new DateOnly(eventDate.Year, eventDate.Month, 1).AddMonths(shift);
                return Window(month, TemporalCalendar.MonthEnd(month.Year, month.Month), reason);
            }

            case TemporalUnit.Decade:
            {
                var decade = (eventDate.Year / 10 * 10) + (10 * shift);
                return Window(new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), reason);
            }

            default:
            {
                var year = eventDate.Year + shift;
                return Window(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), reason);
            }
        }
    }

    /// <summary>The inverse of the resolver's weekend rule; the event may be either day of the weekend.</summary>
    private static PublicationWindow WeekendWindow(TimeMention mention, Tense tense, DateOnly eventDate, string reason)
    {
        if (eventDate.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            return Empty(reason + ", which is not at a weekend");
        }

        var saturday = eventDate.DayOfWeek == DayOfWeek.Sunday ? eventDate.AddDays(-1) : eventDate;
        if (!mention.FromTense)
        {
            var monday = TemporalCalendar.WeekStart(saturday).AddDays(-7 * mention.Offset);
            return Window(monday, monday.AddDays(6), reason);
        }

        return tense is Tense.Future or Tense.Present
            ? Window(saturday.AddDays(-6), saturday.AddDays(1), reason + ", said in the future")
            : Window(saturday.AddDays(1), saturday.AddDays(7), reason + ", said in the past");
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static string Describe(DateOnly first, DateOnly last) =>
        first == last ? TemporalCalendar.Short(first) : $"{TemporalCalendar.Short(first)} to {TemporalCalendar.Short(last)}";

    private static PublicationWindow Window(DateOnly earliest, DateOnly latest, string reason) => new(earliest, latest, [reason]);

    private static PublicationWindow Empty(string reason) => new(DateOnly.MaxValue, DateOnly.MinValue, [reason]);
}
