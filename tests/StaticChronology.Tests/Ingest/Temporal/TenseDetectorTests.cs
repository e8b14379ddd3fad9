using StaticChronology.Ingest.Temporal;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>Tense from cue words: the nearest cue in the same clause wins, and "since" forces the past.</summary>
public sealed class TenseDetectorTests
{
    [Theory]
    [InlineData("Blinken said on Tuesday that talks would go ahead.", "on Tuesday", Tense.Past)]
    [InlineData("The ministers will meet on Tuesday.", "on Tuesday", Tense.Future)]
    [InlineData("Blinken will land in Kyiv on Wednesday the place he’ll meet Zelenskyy.", "on Wednesday", Tense.Future)]
    [InlineData("Talks are scheduled to take place in Geneva on Jan. 10, followed by a meeting on Jan. 12.", "Jan. 10", Tense.Future)]
    [InlineData("Talks are scheduled to take place in Geneva on Jan. 10, followed by a meeting on Jan. 12.", "Jan. 12", Tense.Future)]
    [InlineData("Talks that ended on Monday will resume on Friday.", "on Monday", Tense.Past)]
    [InlineData("Talks that ended on Monday will resume on Friday.", "on Friday", Tense.Future)]
    [InlineData("He said the talks, which will take place on Monday, matter.", "on Monday", Tense.Future)]
    [InlineData("Since 2002, Ukraine has sought entry into NATO.", "Since 2002", Tense.Past)]
    [InlineData("Ukraine is a partner since 2002.", "since 2002", Tense.Past)]
    [InlineData("Blinken is in Kyiv on Wednesday.", "on Wednesday", Tense.Present)]
    [InlineData("Talks on Friday.", "on Friday", Tense.Unknown)]
    [InlineData("Talks will be held on January 10th.", "January 10th", Tense.Future)]
    [InlineData("The sanctions will last until March.", "until March", Tense.Future)]
    [InlineData("The two agreed to meet in Geneva on Friday.", "on Friday", Tense.Future)]
    [InlineData("Lavrov said on Tuesday that the two will meet in Geneva on Friday.", "on Tuesday", Tense.Past)]
    [InlineData("Lavrov said on Tuesday that the two will meet in Geneva on Friday.", "on Friday", Tense.Future)]
    [InlineData("The talks were held in Geneva on Monday.", "on Monday", Tense.Past)]
    [InlineData("Russia will respond by mid-February, Peskov said on Thursday.", "mid-February", Tense.Future)]
    [InlineData("Russia will respond by mid-February, Peskov said on Thursday.", "on Thursday", Tense.Past)]
    [InlineData("The summit, set for Feb. 10, was postponed.", "Feb. 10", Tense.Future)]
    [InlineData("On Dec. 17, Russia issued demands.", "Dec. 17", Tense.Past)]
    [InlineData("Russia has been massing troops since early December.", "since early December", Tense.Past)]
    [InlineData("Russia invaded Ukraine in 2014; the talks are due to start on Monday.", "in 2014", Tense.Past)]
    [InlineData("Russia invaded Ukraine in 2014; the talks are due to start on Monday.", "on Monday", Tense.Future)]
    public void The_nearest_cue_in_the_clause_wins(string sentence, string text, Tense expected)
    {
        var mention = TemporalTagger.Tag(sentence).Single(m => m.Text == text || m.Text == text.Replace("in ", string.Empty, StringComparison.Ordinal));

        Assert.Equal(expected, TenseDetector.For(sentence, mention));
    }
}
