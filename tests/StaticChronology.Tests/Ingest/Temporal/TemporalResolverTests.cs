using StaticChronology.Ingest.Temporal;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>Resolution details the golden cases do not show: explanations, warnings, anchors and what stays unresolved.</summary>
public sealed class TemporalResolverTests
{
    private static readonly DateOnly Friday = new(2022, 1, 7);

    [Fact]
    public void A_weekday_explanation_names_the_words_and_the_publication()
    {
        var resolved = Resolve("The ministers met on Thursday.", "on Thursday", new DateOnly(2022, 3, 4));

        Assert.Equal("2022-03-03", resolved.Edtf);
        Assert.StartsWith("dated from \"on Thursday\" in a report published on Friday 4 March 2022", resolved.Explanation, StringComparison.Ordinal);
        Assert.Null(resolved.Warning);
    }

    [Fact]
    public void A_month_day_explanation_says_which_reading_gave_the_year()
    {
        var resolved = Resolve("Russia and the United States met on Dec. 17.", "Dec. 17", Friday);

        Assert.Equal("\"Dec. 17\" in a report published on 7 January 2022: the past reading is December 2021", resolved.Explanation);
    }

    [Theory]
    [InlineData(Tense.Past, "2022-01-07")]
    [InlineData(Tense.Present, "2022-01-07")]
    [InlineData(Tense.Future, "2022-01-07")]
    [InlineData(Tense.Unknown, "2022-01-07")]
    public void On_friday_published_on_a_friday_is_that_day_in_any_tense(Tense tense, string expected)
    {
        var mention = TemporalTagger.Tag("Blinken spoke on Friday.").Single();

        var resolved = TemporalResolver.Resolve(mention, tense, Friday)!;

        Assert.Equal(expected, resolved.Edtf);
        Assert.Null(resolved.Warning);
    }

    [Fact]
    public void A_weekday_without_a_tense_cue_is_read_as_the_past_and_flagged()
    {
        var resolved = Resolve("Talks on Tuesday.", "on Tuesday", Friday);

        Assert.Equal("2022-01-04", resolved.Edtf);
        Assert.Contains("no tense cue", resolved.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_that_disagrees_with_its_date_is_a_warning()
    {
        var resolved = Resolve("Talks opened on Tuesday, Jan. 10, 2022.", "Tuesday, Jan. 10, 2022", Friday);

        Assert.Equal("2022-01-10", resolved.Edtf);
        Assert.Equal("\"Tuesday, Jan. 10, 2022\": 10 January 2022 is a Monday, not a Tuesday", resolved.Warning);
    }

    [Fact]
    public void A_weekday_without_a_year_chooses_the_year_where_it_agrees()
    {
        // Published in late December, "Monday, Jan. 10" said in the past still means the coming January of 2022,
        // the only year around publication whose 10 January is a Monday.
        var resolved = Resolve("Talks were set for Monday, Jan. 10.", "Monday, Jan. 10", new DateOnly(2021, 12, 29));

        Assert.Equal("2022-01-10", resolved.Edtf);
        Assert.Null(resolved.Warning);
    }

    [Fact]
    public void An_ambiguous_numeric_date_is_a_warning()
    {
        var resolved = Resolve("The note is dated 01/10/2022.", "01/10/2022", Friday);

        Assert.Equal("2022-01-10", resolved.Edtf);
        Assert.Contains("could also be 1 October 2022", resolved.Warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a day later", "2022-01-20")]
    [InlineData("a week earlier", "2022-01-12")]
    [InlineData("two days after", "2022-01-21")]
    [InlineData("three months before", "2021-10")]
    [InlineData("the next day", "2022-01-20")]
    [InlineData("the day before", "2022-01-18")]
    public void Earlier_and_later_count_from_the_date_last_mentioned(string text, string expected)
    {
        var sentence = "It happened " + text + ".";
        var mention = TemporalTagger.Tag(sentence).Single();

        var resolved = TemporalResolver.Resolve(mention, Tense.Past, Friday, lastMentioned: new DateOnly(2022, 1, 19))!;

        Assert.Equal(expected, resolved.Edtf);
        Assert.Contains("the date last mentioned, Wednesday 19 January 2022", resolved.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("It happened a day later.")]
    [InlineData("It lasted for two weeks.")]
    public void What_nothing_anchors_stays_unresolved(string sentence)
    {
        var mention = TemporalTagger.Tag(sentence).Single();

        Assert.Null(TemporalResolver.Resolve(mention, Tense.Past, Friday));
    }

    [Fact]
    public void A_clock_time_on_a_date_is_kept_with_its_zone_in_the_explanation()
    {
        var resolved = Resolve("Talks will begin on Jan. 10 at 15:00 Moscow time.", "Jan. 10 at 15:00 Moscow time", Friday);

        Assert.Equal("2022-01-10T15:00", resolved.Edtf);
        Assert.EndsWith("at 15:00 Moscow time", resolved.Explanation, StringComparison.Ordinal);
        Assert.True(resolved.IsEventDate);
    }

    [Fact]
    public void A_part_of_a_period_keeps_its_words()
    {
        var resolved = Resolve("The buildup was first reported in early December 2021.", "early December 2021", Friday);

        Assert.Equal("\"early December 2021\": the early part of December 2021, read as 1 December 2021 to 10 December 2021", resolved.Explanation);
    }

    [Fact]
    public void Later_this_week_published_on_its_sunday_keeps_the_whole_week_and_says_so()
    {
        var resolved = Resolve("They will meet later this week.", "later this week", new DateOnly(2022, 1, 9));

        Assert.Equal("2022-01-03/2022-01-09", resolved.Edtf);
        Assert.NotNull(resolved.Warning);
    }

    private static ResolvedTime Resolve(string sentence, string text, DateOnly publication)
    {
        var mention = TemporalTagger.Tag(sentence).Single(m => m.Text == text);
        return TemporalResolver.Resolve(mention, TenseDetector.For(sentence, mention), publication)!;
    }
}
