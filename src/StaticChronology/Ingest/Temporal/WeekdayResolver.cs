namespace StaticChronology.Ingest.Temporal;

/// <summary>Dates a weekday named alone ("on Friday", "last Friday", "next Monday") from the publication date.</summary>
internal static class WeekdayResolver
{
    /// <summary>
    /// "on Friday" published on a Friday is that day, whatever the tense. Otherwise the past tense gives the one of
    /// the six days before, the future the one of the six days after; "last"/"next" always step to another week's
    /// day and "this" stays in the publication's ISO week.
    /// </summary>
    public static ResolvedTime Resolve(TimeMention mention, Tense tense, DateOnly publication, string source)
    {
        var weekday = mention.Weekday!.Value;
        string? warning = null;
        DateOnly date;
        string how;
        if (!mention.FromTense)
        {
            (date, how) = mention.Offset switch
            {
                < 0 => (TemporalCalendar.PreviousWeekday(publication, weekday), "the one before the publication"),
                > 0 => (TemporalCalendar.NextWeekday(publication, weekday), "the one after the publication"),
                _ => (TemporalCalendar.WeekStart(publication).AddDays(((int)weekday + 6) % 7), "the one in the week of the publication"),
            };
        }
        else if (publication.DayOfWeek == weekday)
        {
            (date, how) = (publication, "the publication day itself");
        }
        else if (tense == Tense.Future || tense == Tense.Present)
        {
            (date, how) = (TemporalCalendar.NextWeekday(publication, weekday), "the future reading");
            if (tense == Tense.Present)
            {
                warning = $"\"{mention.Text}\": the present tense gives no direction; read as the coming {weekday}";
            }
        }
        else
        {
            (date, how) = (TemporalCalendar.PreviousWeekday(publication, weekday), "the past reading");
            if (tense == Tense.Unknown)
            {
                warning = $"\"{mention.Text}\": no tense cue; read as the past {weekday}, as news usually reports";
            }
        }

        return new(EdtfText.Day(date, mention.Time), true, $"dated from {source}: {how}, {TemporalCalendar.Long(date)}", warning);
    }
}
