namespace StaticChronology.Ingest.Temporal;

/// <summary>A time expression found in a sentence, with placeholder values not yet resolved against a publication date.</summary>
/// <remarks>
/// As in HeidelTime, the tagger records only what the words say (a month and a day but no year, a bare weekday, an offset
/// of minus one week); <see cref="TemporalResolver"/> fills in the rest once the publication date and the tense are known.
/// </remarks>
/// <param name="Text">The words exactly as written.</param>
/// <param name="Start">Offset of the first character in the sentence, counted in UTF-16 units from 0.</param>
public sealed record TimeMention(string Text, int Start, int Length, MentionKind Kind)
{
    public int End => Start + Length;

    public int? Year { get; init; }

    public int? Month { get; init; }

    public int? Day { get; init; }

    /// <summary>The first year of a decade ("the 1990s" gives 1990).</summary>
    public int? Decade { get; init; }

    public DayOfWeek? Weekday { get; init; }

    /// <summary>
    /// Signed count of <see cref="Unit"/>: -1 for "last", +1 for "next", 0 for "this"; -2 for "two days ago"; the length
    /// of a duration, negative when it runs back from its anchor; for deictic words, days from publication; for vague
    /// words, -1, 0 or +1 for the past, the present or the future.
    /// </summary>
    public int Offset { get; init; }

    public TemporalUnit? Unit { get; init; }

    public PeriodPart? Part { get; init; }

    public TimeOnly? Time { get; init; }

    /// <summary>The zone's name as written ("Moscow time", "EST"); the time stays local to it.</summary>
    public string? Zone { get; init; }

    public OffsetAnchor Anchor { get; init; }

    /// <summary>True when the words give no direction ("on Friday", "over the weekend"), so the tense chooses it.</summary>
    public bool FromTense { get; init; }

    /// <summary>True for hedged amounts ("almost eight years ago").</summary>
    public bool IsApproximate { get; init; }

    /// <summary>For a numeric date, true when swapping day and month also gives a real date.</summary>
    public bool IsAmbiguous { get; init; }

    /// <summary>The expression a since/until/part-of phrase wraps ("2002" in "since 2002").</summary>
    public TimeMention? Inner { get; init; }
}
