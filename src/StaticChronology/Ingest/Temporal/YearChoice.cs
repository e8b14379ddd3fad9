namespace StaticChronology.Ingest.Temporal;

/// <summary>Chooses the year of a date written without one ("Dec. 17", "in December"): the tense first, then nearness.</summary>
internal static class YearChoice
{
    /// <summary>Far enough to reach a 29 February from any publication date.</summary>
    private const int Reach = 8;

    /// <summary>The reading the choice used, for the explanation.</summary>
    public enum Reading
    {
        Past,
        Future,
        Nearest,
    }

    /// <summary>
    /// Past: the latest candidate that has begun by publication. Future: the earliest that has not ended by then.
    /// Otherwise the nearest, the earlier on a tie. The publication day itself fits both tenses.
    /// </summary>
    public static (int Year, Reading Reading)? Choose(Func<int, (DateOnly First, DateOnly Last)?> candidate, Tense tense, DateOnly publication)
    {
        var years = Enumerable.Range(publication.Year - Reach, (2 * Reach) + 1)
            .Select(y => (Year: y, Span: candidate(y)))
            .Where(c => c.Span is not null)
            .Select(c => (c.Year, First: c.Span!.Value.First, Last: c.Span!.Value.Last))
            .ToList();
        if (years.Count == 0)
        {
            return null;
        }

        if (tense == Tense.Past && years.LastOrDefault(c => c.First <= publication) is { Year: > 0 } past)
        {
            return (past.Year, Reading.Past);
        }

        if (tense == Tense.Future && years.FirstOrDefault(c => c.Last >= publication) is { Year: > 0 } future)
        {
            return (future.Year, Reading.Future);
        }

        var nearest = years.MinBy(c => Distance(c.First, c.Last, publication));
        return (nearest.Year, Reading.Nearest);
    }

    public static string Describe(Reading reading) => reading switch
    {
        Reading.Past => "the past reading",
        Reading.Future => "the future reading",
        _ => "the nearest reading",
    };

    private static int Distance(DateOnly first, DateOnly last, DateOnly date) =>
        date < first ? first.DayNumber - date.DayNumber
        : date > last ? date.DayNumber - last.DayNumber
        : 0;
}
