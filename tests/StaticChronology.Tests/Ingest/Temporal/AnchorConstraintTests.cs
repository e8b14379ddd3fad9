using StaticChronology.Ingest.Temporal;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>Publication windows: the inverse of resolution, and how windows combine.</summary>
public sealed class AnchorConstraintTests
{
    private static readonly DateOnly EventFriday = new(2022, 1, 21);

    [Theory]
    [InlineData("Blinken met Lavrov on Friday.", "2022-01-21", "2022-01-27")]
    [InlineData("Blinken will meet Lavrov on Friday.", "2022-01-15", "2022-01-21")]
    [InlineData("Blinken will meet Lavrov tomorrow.", "2022-01-20", "2022-01-20")]
    [InlineData("Blinken met Lavrov yesterday.", "2022-01-22", "2022-01-22")]
    [InlineData("Blinken met Lavrov last week.", "2022-01-24", "2022-01-30")]
    [InlineData("Blinken will meet Lavrov next week.", "2022-01-10", "2022-01-16")]
    [InlineData("Blinken met Lavrov last Friday.", "2022-01-22", "2022-01-28")]
    [InlineData("Blinken met Lavrov two days ago.", "2022-01-23", "2022-01-23")]
    [InlineData("Blinken met Lavrov last month.", "2022-02-01", "2022-02-28")]
    public void A_known_event_date_bounds_the_publication(string sentence, string earliest, string latest)
    {
        var window = For(sentence, EventFriday)!;

        Assert.Equal((DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture)), (window.Earliest, window.Latest));
        Assert.NotEmpty(window.Reasons);
    }

    [Fact]
    public void A_weekday_that_is_not_the_event_weekday_allows_no_publication_date()
    {
        var window = For("Blinken met Lavrov on Thursday.", EventFriday)!;

        Assert.True(window.IsEmpty);
        Assert.Null(AnchorConstraint.Intersect([window]));
    }

    [Theory]
    [InlineData("Blinken met Lavrov on Jan. 21, 2022.")]
    [InlineData("Blinken met Lavrov recently.")]
    [InlineData("Blinken met Lavrov a day later.")]
    public void Absolute_dates_and_vague_words_say_nothing_about_the_publication(string sentence)
    {
        Assert.Null(For(sentence, EventFriday));
    }

    [Fact]
    public void Seed_three_is_published_between_the_seventh_and_the_ninth()
    {
        // "said ... on Friday" is the 7 January briefing and "the coming week" holds the 10 January talks.
        var friday = For("A diplomatic solution is still possible, said Blinken in Washington on Friday.", new DateOnly(2022, 1, 7))!;
        var coming = For("Before important negotiations with Moscow in the coming week, Blinken raised allegations.", new DateOnly(2022, 1, 10))!;

        var window = AnchorConstraint.Intersect([friday, coming])!;

        Assert.Equal((new DateOnly(2022, 1, 7), new DateOnly(2022, 1, 9)), (window.Earliest, window.Latest));
        Assert.Equal(2, window.Reasons.Count);
    }

    [Fact]
    public void A_weekday_and_date_pair_fixes_the_year()
    {
        var sentence = "Lavrov spoke on Tuesday, Jan. 18.";
        var mention = TemporalTagger.Tag(sentence).Single();

        var window = AnchorConstraint.FromAbsolute(mention, TenseDetector.For(sentence, mention), yearHint: 2021)!;

        Assert.Equal(new DateOnly(2022, 1, 18), window.Earliest);
        Assert.Contains("Tuesday fits 18 January 2022", window.Reasons[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Russia annexed Crimea in 2014.", "2014-01-01", null)]
    [InlineData("Blinken met Lavrov on Jan. 21, 2022.", "2022-01-21", null)]
    [InlineData("Blinken will meet Lavrov on Jan. 21, 2022.", null, "2022-01-21")]
    [InlineData("Talks will be held in March 2022.", null, "2022-03-31")]
    public void An_absolute_date_bounds_the_publication_by_its_tense(string sentence, string? earliest, string? latest)
    {
        var mention = TemporalTagger.Tag(sentence).Single();

        var window = AnchorConstraint.FromAbsolute(mention, TenseDetector.For(sentence, mention), yearHint: null)!;

        Assert.Equal(earliest is null ? DateOnly.MinValue : DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), window.Earliest);
        Assert.Equal(latest is null ? DateOnly.MaxValue : DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), window.Latest);
    }

    [Fact]
    public void Windows_that_contradict_have_no_intersection()
    {
        var a = new PublicationWindow(new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 5), ["a"]);
        var b = new PublicationWindow(new DateOnly(2022, 1, 6), new DateOnly(2022, 1, 9), ["b"]);

        Assert.Null(AnchorConstraint.Intersect([a, b]));
        Assert.Null(AnchorConstraint.Intersect([]));
    }

    public static TheoryData<string> RelativeSentences() =>
    [
        "The ministers met on Friday.", "The ministers will meet on Friday.", "The ministers met last Friday.",
        "The ministers will meet next Monday.", "The ministers met yesterday.", "The ministers will meet tomorrow.",
        "The ministers met last week.", "The ministers will meet next week.", "The ministers met last month.",
        "The ministers will meet next year.", "The ministers met two days ago.", "The ministers will meet in two weeks.",
        "The ministers met on Dec. 17.", "The ministers will meet on Feb. 29.", "The ministers met on Monday, Jan. 10.",
        "The meeting of Dec. 17 in Geneva.", "The ministers met in December.", "The ministers will meet in February.",
        "The meeting in February in Geneva.", "Troops moved into Belarus over the weekend.",
        "Troops will move over the weekend.", "The ministers met last weekend.", "The ministers will meet this weekend.",
        "The ministers met earlier this week.", "The ministers will meet later this month.",
        "The ministers will meet at the end of next week.", "The ministers met in early December.",
    ];

    [Theory]
    [MemberData(nameof(RelativeSentences))]
    public void Every_publication_date_lies_in_the_window_of_its_own_reading(string sentence)
    {
        // Over two years of publication dates, 53-week years and leap days included: resolve, then ask which
        // publication dates give that reading; the publication date used must be among them.
        var mention = TemporalTagger.Tag(sentence).Single();
        var tense = TenseDetector.For(sentence, mention);
        for (var publication = new DateOnly(2020, 1, 1); publication <= new DateOnly(2021, 12, 31); publication = publication.AddDays(1))
        {
            var resolved = TemporalResolver.Resolve(mention, tense, publication)!;
            Assert.True(StaticChronology.Dates.EdtfParser.TryParse(resolved.Edtf, out _, out _), resolved.Edtf);
            // A flagged fallback (a weekday that agrees with no nearby year, a part of the week with no day left) is
            // not a reading the window inverts.
            if (mention.Kind is MentionKind.WeekdayDate or MentionKind.PartOfPeriod && resolved.Warning is not null)
            {
                continue;
            }

            var eventDate = DateOnly.Parse(resolved.Edtf.Split('/')[0].PadRight(10, '-').Replace("--", "-01", StringComparison.Ordinal)[..10], System.Globalization.CultureInfo.InvariantCulture);
            var window = AnchorConstraint.For(mention, tense, eventDate)!;
            Assert.True(window.Contains(publication), $"{publication:yyyy-MM-dd}: {resolved.Edtf} gives {window.Earliest:yyyy-MM-dd}..{window.Latest:yyyy-MM-dd}");
        }
    }

    private static PublicationWindow? For(string sentence, DateOnly eventDate)
    {
        var mention = TemporalTagger.Tag(sentence).Single();
        return AnchorConstraint.For(mention, TenseDetector.For(sentence, mention), eventDate);
    }
}
