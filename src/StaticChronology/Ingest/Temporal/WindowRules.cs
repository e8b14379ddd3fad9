namespace StaticChronology.Ingest.Temporal;

/// <summary>The resolver's rules inverted: from an event date, the publication dates that give each reading.</summary>
internal static class WindowRules
{
    /// <summary>
    /// A date written without a year repeats; the resolver takes the occurrence on the tense's side, else the nearest.
    /// Inverted: past, from the event to the day before the next occurrence; future, from the day after the previous
    /// occurrence to the event; otherwise the days nearer this occurrence than its neighbours.
    /// </summary>
    public static PublicationWindow YearlessWindow(DateOnly first, DateOnly last, Tense tense, Func<int, (DateOnly First, DateOnly Last)?> occurrence, string reason)
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

    public static PublicationWindow OffsetWindow(TimeMention mention, DateOnly eventDate, string reason)
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
    public static PublicationWindow UnitWindow(TemporalUnit unit, int shift, DateOnly eventDate, string reason)
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
    public static PublicationWindow WeekendWindow(TimeMention mention, Tense tense, DateOnly eventDate, string reason)
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

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    public static PublicationWindow Window(DateOnly earliest, DateOnly latest, string reason) => new(earliest, latest, [reason]);

    /// <summary>No publication date fits; the window's ends cross.</summary>
    public static PublicationWindow Empty(string reason) => new(DateOnly.MaxValue, DateOnly.MinValue, [reason]);
}
