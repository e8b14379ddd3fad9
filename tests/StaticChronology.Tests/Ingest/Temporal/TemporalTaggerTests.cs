using StaticChronology.Ingest.Temporal;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>What the tagger finds and what it leaves alone: placeholders, overlaps, joins and negatives.</summary>
public sealed class TemporalTaggerTests
{
    [Theory]
    [InlineData("A 59-year-old diplomat arrived.")]
    [InlineData("The COVID-19 rules still apply.")]
    [InlineData("The hotline runs 24/7 for diplomats.")]
    [InlineData("Poland flies the F-16 and the Boeing 747.")]
    [InlineData("Russia massed 100,000 troops at the border.")]
    [InlineData("Russia massed 2000 troops at the border.")]
    [InlineData("Article 5 binds every member.")]
    [InlineData("Russia sold S-400 systems and left the G-8 group.")]
    [InlineData("The post-1997 infrastructure must go, he said.")]
    [InlineData("Prices rose 12 percent, then 2022%, he said.")]
    [InlineData("Russia may stage an incident, and troops march on.")]
    [InlineData("He paid $2014 for the ticket.")]
    public void Look_alikes_are_not_tagged(string sentence)
    {
        Assert.DoesNotContain(TemporalTagger.Tag(sentence), m => m.Kind != MentionKind.Vague);
    }

    [Fact]
    public void A_weekday_and_its_date_are_one_mention()
    {
        var mention = Assert.Single(TemporalTagger.Tag("Talks open on Monday, Jan. 10 in Geneva."));

        Assert.Equal(("Monday, Jan. 10", MentionKind.WeekdayDate), (mention.Text, mention.Kind));
        Assert.Equal((DayOfWeek.Monday, 1, 10, (int?)null), (mention.Weekday!.Value, mention.Month!.Value, mention.Day!.Value, mention.Year));
    }

    [Fact]
    public void A_date_without_a_year_keeps_the_year_open()
    {
        var mention = Assert.Single(TemporalTagger.Tag("On Dec. 17, Russia issued demands."));

        Assert.Equal((MentionKind.MonthDay, 12, 17, (int?)null), (mention.Kind, mention.Month!.Value, mention.Day!.Value, mention.Year));
        Assert.Equal(3, mention.Start);
    }

    [Fact]
    public void A_time_next_to_a_date_is_attached_to_it()
    {
        var dated = Assert.Single(TemporalTagger.Tag("7 January 2022, 11:13 PM"));
        var before = Assert.Single(TemporalTagger.Tag("They meet at 3 p.m. on Friday."));
        var zoned = Assert.Single(TemporalTagger.Tag("Talks began on Jan. 10 at 15:00 Moscow time."));

        Assert.Equal((MentionKind.FullDate, new TimeOnly(23, 13)), (dated.Kind, dated.Time!.Value));
        Assert.Equal(("at 3 p.m. on Friday", MentionKind.Weekday, new TimeOnly(15, 0)), (before.Text, before.Kind, before.Time!.Value));
        Assert.Equal(("Jan. 10 at 15:00 Moscow time", "Moscow time"), (zoned.Text, zoned.Zone));
    }

    [Fact]
    public void A_bare_time_keeps_its_zone()
    {
        var mention = Assert.Single(TemporalTagger.Tag("Daily at 9am EST"));

        Assert.Equal((MentionKind.TimeOfDay, new TimeOnly(9, 0), "EST"), (mention.Kind, mention.Time!.Value, mention.Zone));
    }

    [Fact]
    public void Mentions_are_ordered_and_do_not_overlap()
    {
        var mentions = TemporalTagger.Tag("Yesterday Blinken said that talks on Jan. 10, 2022 and a meeting next week would follow, two days after the visit, since 2014.");

        Assert.Equal(
            ["Yesterday", "Jan. 10, 2022", "next week", "two days after", "since 2014"],
            mentions.Select(m => m.Text));
        Assert.All(mentions.Zip(mentions.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start));
    }

    [Fact]
    public void Interval_and_part_words_wrap_what_follows_them()
    {
        var since = Assert.Single(TemporalTagger.Tag("Tension has grown since early December 2021."));

        Assert.Equal((MentionKind.Since, "since early December 2021"), (since.Kind, since.Text));
        Assert.Equal(MentionKind.PartOfPeriod, since.Inner!.Kind);
        Assert.Equal((PeriodPart.Early, MentionKind.MonthOrYear, 2021, 12), (since.Inner.Part!.Value, since.Inner.Inner!.Kind, since.Inner.Inner.Year!.Value, since.Inner.Inner.Month!.Value));
    }

    [Theory]
    [InlineData("two days ago", -2, TemporalUnit.Day, OffsetAnchor.Publication)]
    [InlineData("in two weeks", 2, TemporalUnit.Week, OffsetAnchor.Publication)]
    [InlineData("a day later", 1, TemporalUnit.Day, OffsetAnchor.LastMentioned)]
    [InlineData("a week earlier", -1, TemporalUnit.Week, OffsetAnchor.LastMentioned)]
    [InlineData("three months before", -3, TemporalUnit.Month, OffsetAnchor.LastMentioned)]
    [InlineData("the next day", 1, TemporalUnit.Day, OffsetAnchor.LastMentioned)]
    [InlineData("the following day", 1, TemporalUnit.Day, OffsetAnchor.LastMentioned)]
    [InlineData("the previous day", -1, TemporalUnit.Day, OffsetAnchor.LastMentioned)]
    [InlineData("the day before", -1, TemporalUnit.Day, OffsetAnchor.LastMentioned)]
    public void Offsets_carry_sign_unit_and_anchor(string text, int offset, TemporalUnit unit, OffsetAnchor anchor)
    {
        var mention = Assert.Single(TemporalTagger.Tag("It happened " + text + "."));

        Assert.Equal((MentionKind.Offset, text, offset, unit, anchor), (mention.Kind, mention.Text, mention.Offset, mention.Unit!.Value, mention.Anchor));
    }

    [Fact]
    public void Numeric_dates_that_read_both_ways_are_flagged()
    {
        var mentions = TemporalTagger.Tag("Dated 01/10/2022, 13/10/2022 and 10.01.2022.");

        Assert.Equal([true, false, true], mentions.Select(m => m.IsAmbiguous));
        Assert.Equal([(1, 10), (10, 13), (1, 10)], mentions.Select(m => (m.Month!.Value, m.Day!.Value)));
    }

    [Theory]
    [InlineData(NumericDateOrder.BySeparator, 1, 10)]
    [InlineData(NumericDateOrder.DayFirst, 10, 1)]
    [InlineData(NumericDateOrder.MonthFirst, 1, 10)]
    public void The_outlet_order_decides_a_slashed_date(NumericDateOrder order, int month, int day)
    {
        var mention = Assert.Single(TemporalTagger.Tag("Dated 01/10/2022.", order));

        Assert.Equal((month, day), (mention.Month!.Value, mention.Day!.Value));
    }

    [Theory]
    [InlineData("They met on February 30, 2022.")]
    [InlineData("They met on 31/31/2022.")]
    [InlineData("They met on Feb. 30.")]
    public void Impossible_dates_are_not_tagged(string sentence)
    {
        Assert.Empty(TemporalTagger.Tag(sentence));
    }

    [Fact]
    public void Month_names_are_case_sensitive_and_may_needs_a_preposition()
    {
        Assert.Equal(["May"], TemporalTagger.Tag("Russia may invade in May.").Select(m => m.Text));
        Assert.Equal(["May 9"], TemporalTagger.Tag("May 9 parades were held.").Select(m => m.Text));
        Assert.Empty(TemporalTagger.Tag("The march to the border may begin."));
    }
}
