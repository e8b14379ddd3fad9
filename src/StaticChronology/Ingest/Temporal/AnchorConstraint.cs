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
        if (!TemporalResolver.InRange(eventDate))
        {
            return null;
        }
        var quoted = "\"" + mention.Text + "\"";
        var on = " for an event on " + TemporalCalendar.Long(eventDate);
        switch (mention.Kind)
        {
            case MentionKind.Weekday when mention.Weekday is { } weekday:
            {
                if (eventDate.DayOfWeek != weekday)
                {
                    return WindowRules.Empty($"{quoted} names a {weekday}, but the event is on a {eventDate.DayOfWeek}");
                }

                // The resolver's own reading, inverted: same day in any tense, else six days on the tense's side. With
                // no tense either side is kept: the resolver's default past reading is a guess, not evidence.
                var (earliest, latest) = mention.FromTense switch
                {
                    false when mention.Offset < 0 => (eventDate.AddDays(1), eventDate.AddDays(7)),
                    false when mention.Offset > 0 => (eventDate.AddDays(-7), eventDate.AddDays(-1)),
                    false => (TemporalCalendar.WeekStart(eventDate), TemporalCalendar.WeekStart(eventDate).AddDays(6)),
                    true when tense is Tense.Future or Tense.Present => (eventDate.AddDays(-6), eventDate),
                    true when tense == Tense.Past => (eventDate, eventDate.AddDays(6)),
                    _ => (eventDate.AddDays(-6), eventDate.AddDays(6)),
                };
                return WindowRules.Window(earliest, latest, $"{quoted} ({TemporalCalendar.Name(tense)} tense){on}");
            }

            case MentionKind.Deictic:
            {
                var publication = eventDate.AddDays(-mention.Offset);
                return WindowRules.Window(publication, publication, $"{quoted}{on}");
            }

            case MentionKind.Offset when mention.Anchor == OffsetAnchor.Publication:
                return WindowRules.OffsetWindow(mention, eventDate, quoted + on);

            case MentionKind.YearsAgo:
            {
                // "eight years ago" is never exact: allow a year either side of the count.
                var year = eventDate.Year - mention.Offset;
                return WindowRules.Window(new DateOnly(year - 1, 1, 1), new DateOnly(year + 1, 12, 31), $"{quoted}{on}, give or take a year");
            }

            case MentionKind.RelativeUnit when mention.Unit == TemporalUnit.Weekend:
                return WindowRules.WeekendWindow(mention, tense, eventDate, quoted + on);

            case MentionKind.RelativeUnit when mention.Unit is { } unit:
                return WindowRules.UnitWindow(unit, -mention.Offset, eventDate, $"{quoted}{on}");

            case MentionKind.PartOfPeriod when (mention.Inner ?? mention) is { Kind: MentionKind.RelativeUnit or MentionKind.PartOfPeriod, Unit: { } unit } period
                && unit != TemporalUnit.Weekend:
            {
                // The event lies in the named part of the period, so publication lies in the period the words count
                // from; "earlier this week" also puts it after the event, "later this week" before it.
                var window = WindowRules.UnitWindow(unit, -period.Offset, eventDate, $"{quoted}{on}");
                return mention.Part switch
                {
                    PeriodPart.Earlier => window with { Earliest = WindowRules.Max(window.Earliest, eventDate.AddDays(1)) },
                    PeriodPart.Later => window with { Latest = WindowRules.Min(window.Latest, eventDate.AddDays(-1)) },
                    _ => window,
                };
            }

            case MentionKind.WeekdayDate when mention.Year is null:
            {
                if (mention.Weekday is { } w && eventDate.DayOfWeek != w)
                {
                    return WindowRules.Empty($"{quoted} names a {w}, but {TemporalCalendar.Short(eventDate)} is a {eventDate.DayOfWeek}");
                }

                // The resolver looks for the agreeing year within a year of publication, so publication is within a
                // year of the event's year; a weekday and date pair recurs only years apart, so there it is unique.
                return WindowRules.Window(new DateOnly(eventDate.Year - 1, 1, 1), new DateOnly(eventDate.Year + 1, 12, 31), $"{quoted}{on}: the weekday agrees only in that year nearby");
            }

            case MentionKind.MonthDay when mention.Year is null:
                return WindowRules.YearlessWindow(eventDate, eventDate, tense, y => MentionReader.DayExists(y, eventDate.Month, eventDate.Day) ? (new DateOnly(y, eventDate.Month, eventDate.Day), new DateOnly(y, eventDate.Month, eventDate.Day)) : null, quoted + on);

            case MentionKind.MonthOrYear or MentionKind.PartOfPeriod when (mention.Inner ?? mention) is { Kind: MentionKind.MonthOrYear, Year: null, Month: { } month }:
            {
                var first = new DateOnly(eventDate.Year, month, 1);
                return WindowRules.YearlessWindow(first, TemporalCalendar.MonthEnd(first.Year, month), tense, y => (new DateOnly(y, month, 1), TemporalCalendar.MonthEnd(y, month)), quoted + on);
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
                Tense.Future => WindowRules.Window(first.AddYears(-1).AddDays(1), last, reason + ", said in the future"),
                Tense.Past => WindowRules.Window(first, last.AddYears(1).AddDays(-1), reason + ", said in the past"),
                _ => WindowRules.Window(first.AddYears(-1).AddDays(1), last.AddYears(1).AddDays(-1), reason),
            };
        }

        if (AbsoluteSpan(mention) is not { } s)
        {
            return null;
        }

        reason = $"{quoted} names {Describe(s.First, s.Last)}";
        if (mention.Kind == MentionKind.Since)
        {
            return WindowRules.Window(s.First, DateOnly.MaxValue, reason + ", and the text speaks of the time since it");
        }

        return tense switch
        {
            Tense.Past => WindowRules.Window(s.First, DateOnly.MaxValue, reason + " in the past: published on or after its start"),
            Tense.Future => WindowRules.Window(DateOnly.MinValue, s.Last, reason + " in the future: published on or before its end"),
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
        hint is { } h ? Enumerable.Range(Math.Clamp(h - 6, 100, 9887), 13) : Enumerable.Range(1800, 300);

    private static string Describe(DateOnly first, DateOnly last) =>
        first == last ? TemporalCalendar.Short(first) : $"{TemporalCalendar.Short(first)} to {TemporalCalendar.Short(last)}";
}
