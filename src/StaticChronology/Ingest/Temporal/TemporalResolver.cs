namespace StaticChronology.Ingest.Temporal;

/// <summary>Resolves a time mention against the publication date into EDTF, with an explanation a reader can check.</summary>
/// <remarks>
/// Relative expressions count from the publication date; "a day later" and "a week earlier" from the date last
/// mentioned. The tense chooses between the past and the future reading where the words leave both open.
/// </remarks>
public static class TemporalResolver
{
    /// <summary>Null when the mention cannot be dated: an offset from a date nobody gave, a length with no anchor.</summary>
    public static ResolvedTime? Resolve(TimeMention mention, Tense tense, DateOnly publication, DateOnly? lastMentioned = null)
    {
        ArgumentNullException.ThrowIfNull(mention);

        // EDTF here has four-digit years; counting decades and candidate years from a date near either end of the
        // calendar would leave that range, and no news article is dated there.
        if (!InRange(publication) || (lastMentioned is { } last && !InRange(last)))
        {
            return null;
        }
        var resolved = ResolveDate(mention, tense, publication, lastMentioned);
        if (resolved is null || mention.Kind == MentionKind.TimeOfDay || mention.Time is not { } time)
        {
            return resolved;
        }

        // The clock time is kept on a day-precise value only; the zone stays a name, as the text gives no offset.
        var clock = time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return resolved with { Explanation = $"{resolved.Explanation}, at {clock} {mention.Zone ?? "local time"}" };
    }

    private static ResolvedTime? ResolveDate(TimeMention mention, Tense tense, DateOnly publication, DateOnly? lastMentioned)
    {
        var quoted = "\"" + mention.Text + "\"";
        var published = " in a report published on " + TemporalCalendar.Long(publication);

        switch (mention.Kind)
        {
            case MentionKind.FullDate:
            case MentionKind.NumericDate:
                return FullDate(mention, quoted);

            case MentionKind.MonthDay:
            case MentionKind.WeekdayDate:
                return MonthDay(mention, tense, publication, quoted);

            case MentionKind.Weekday:
                return WeekdayResolver.Resolve(mention, tense, publication, quoted + published);

            case MentionKind.Deictic:
            {
                var date = publication.AddDays(mention.Offset);
                return new(EdtfText.Day(date, mention.Time), true, $"dated from {quoted}{published}: {TemporalCalendar.Long(date)}", null);
            }

            case MentionKind.RelativeUnit:
                return PeriodResolver.Relative(mention, tense, publication, quoted + published);

            case MentionKind.Offset:
            case MentionKind.YearsAgo:
                return OffsetResolver.Offset(mention, publication, lastMentioned, quoted, published);

            case MentionKind.Duration:
                return OffsetResolver.Duration(mention, publication, lastMentioned, quoted, published);

            case MentionKind.PartOfPeriod:
                return PeriodResolver.Part(mention, tense, publication, quoted, published);

            case MentionKind.MonthOrYear:
                return PeriodResolver.MonthOrYear(mention, tense, publication, quoted);

            case MentionKind.Since:
            case MentionKind.Until:
                return Interval(mention, tense, publication, lastMentioned, quoted);

            case MentionKind.TimeOfDay:
            {
                var zone = mention.Zone is null ? string.Empty : " " + mention.Zone;
                return new(
                    EdtfText.Day(publication, mention.Time),
                    false,
                    $"{quoted} is a time of day without a date; placed on the publication day, {TemporalCalendar.Long(publication)}, local time{zone}",
                    null);
            }

            case MentionKind.Vague:
            {
                var day = EdtfText.Day(publication);
                var (edtf, side) = mention.Offset switch
                {
                    < 0 => ("../" + day, "some time before"),
                    > 0 => (day + "/..", "some time after"),
                    _ => (day, "around"),
                };
                return new(edtf, false, $"{quoted} is vague: {side} the publication on {TemporalCalendar.Long(publication)}, not a date", null);
            }

            default:
                return null;
        }
    }

    private static ResolvedTime? FullDate(TimeMention mention, string quoted)
    {
        var date = new DateOnly(mention.Year!.Value, mention.Month!.Value, mention.Day!.Value);
        string? warning = null;
        if (mention.IsAmbiguous)
        {
            var other = new DateOnly(date.Year, date.Day, date.Month);
            warning = $"{quoted} could also be {TemporalCalendar.Short(other)}; read as {TemporalCalendar.Short(date)}. Check the outlet's date order";
        }

        return new(EdtfText.Day(date, mention.Time), true, $"{quoted} gives the date {TemporalCalendar.Long(date)}", warning ?? WeekdayWarning(mention, date, quoted));
    }

    private static ResolvedTime? MonthDay(TimeMention mention, Tense tense, DateOnly publication, string quoted)
    {
        var month = mention.Month!.Value;
        var day = mention.Day!.Value;
        if (mention.Year is { } stated)
        {
            var full = new DateOnly(stated, month, day);
            return new(EdtfText.Day(full, mention.Time), true, $"{quoted} gives the date {TemporalCalendar.Long(full)}", WeekdayWarning(mention, full, quoted));
        }

        (DateOnly, DateOnly)? Candidate(int year, bool weekdayMustAgree)
        {
            if (!MentionReader.DayExists(year, month, day))
            {
                return null;
            }

            var date = new DateOnly(year, month, day);
            return weekdayMustAgree && mention.Weekday is { } w && date.DayOfWeek != w ? null : (date, date);
        }

        // With a weekday, the years where the weekday agrees come first: "Monday, Jan. 10" is 2022, not 2021.
        var choice = mention.Weekday is not null ? NearbyAgreeing() : null;
        choice ??= YearChoice.Choose(y => Candidate(y, weekdayMustAgree: false), tense, publication);
        if (choice is not { } chosen)
        {
            return null;
        }

        var result = new DateOnly(chosen.Year, month, day);
        var explanation = $"{quoted} in a report published on {TemporalCalendar.Short(publication)}: {YearChoice.Describe(chosen.Reading)} is {TemporalCalendar.MonthName(result.Year, month)}";
        if (mention.Weekday is not null && result.DayOfWeek == mention.Weekday)
        {
            explanation = $"{quoted} in a report published on {TemporalCalendar.Short(publication)}: the year in which the weekday agrees is {result.Year}";
        }

        return new(EdtfText.Day(result, mention.Time), true, explanation, WeekdayWarning(mention, result, quoted));

        (int Year, YearChoice.Reading Reading)? NearbyAgreeing()
        {
            // Only within a year of publication: further off, a weekday agreeing by chance says nothing.
            var agreeing = YearChoice.Choose(y => Math.Abs(y - publication.Year) <= 1 ? Candidate(y, weekdayMustAgree: true) : null, tense, publication);
            return agreeing;
        }
    }

    private static ResolvedTime? Interval(TimeMention mention, Tense tense, DateOnly publication, DateOnly? lastMentioned, string quoted)
    {
        var since = mention.Kind == MentionKind.Since;
        if (mention.Inner is null || Resolve(mention.Inner, since ? Tense.Past : tense, publication, lastMentioned) is not { } inner)
        {
            return null;
        }

        var edtf = since ? EdtfText.StartOf(inner.Edtf) + "/.." : "../" + EdtfText.EndOf(inner.Edtf);
        var side = since ? "an interval open at its end, from" : "an interval open at its start, up to";
        return new(edtf, false, $"{quoted} is {side} {inner.Edtf}: {inner.Explanation}", inner.Warning);
    }

    internal static bool InRange(DateOnly date) => date.Year is >= 100 and <= 9899;

    internal static string? WeekdayWarning(TimeMention mention, DateOnly date, string quoted) =>
        mention.Weekday is { } weekday && date.DayOfWeek != weekday
            ? $"{quoted}: {TemporalCalendar.Short(date)} is a {date.DayOfWeek}, not a {weekday}"
            : null;
}
