using System.Globalization;
using StaticChronology.Dates;
using StaticChronology.Ingest.Temporal;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>The tagger and the resolver over every sentence of the five seed articles, with the publication dates of the gold annotations.</summary>
public sealed class SeedTemporalTests
{
    private static readonly Dictionary<string, DateOnly> Published = new Dictionary<string, DateOnly>(StringComparer.Ordinal)
    {
        ["000"] = new(2022, 1, 7),
        ["001"] = new(2022, 1, 18),
        ["002"] = new(2022, 1, 21),
        ["003"] = new(2022, 1, 7),
        ["004"] = new(2022, 1, 20),
    };

    private static readonly List<(string Seed, string Sentence)> Sentences =
    [
        .. Directory.GetFiles(Path.Combine(Repository.Root, "seeds"), "*.txt")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => SeedSentences.Of(File.ReadAllText(path)).Select(s => (Path.GetFileName(path)[..3], s))),
    ];

    private static readonly List<Row> All = Run();

    [Theory]
    [InlineData("000", "On Dec. 17, Russia issued demands", "Dec. 17", "2021-12-17")]
    [InlineData("000", "Kuleba said on Twitter on Jan. 7", "Jan. 7", "2022-01-07")]
    [InlineData("000", "Russia invaded Ukraine almost eight years ago", "almost eight years ago", "2014~")]
    [InlineData("000", "scheduled to take place in Geneva on Jan. 10", "Jan. 10", "2022-01-10")]
    [InlineData("000", "scheduled to take place in Geneva on Jan. 10", "Jan. 12", "2022-01-12")]
    [InlineData("000", "7 January 2022, 11:13 PM", "7 January 2022, 11:13 PM", "2022-01-07T23:13")]
    [InlineData("001", "Blinken will land in Kyiv on Wednesday", "on Wednesday", "2022-01-19")]
    [InlineData("001", "Blinken spoke to his counterpart", "on Tuesday", "2022-01-18")]
    [InlineData("001", "the 2 agreed to meet in Geneva on Friday", "on Friday", "2022-01-21")]
    [InlineData("001", "Blinken will journey to Berlin on Thursday", "on Thursday", "2022-01-20")]
    [InlineData("001", "Jen Psaki mentioned Friday", "Friday", "2022-01-14")]
    [InlineData("001", "moving Russian forces into Belarus over the weekend", "over the weekend", "2022-01-15/2022-01-16")]
    [InlineData("001", "Last month, President Joe Biden spoke", "Last month", "2021-12")]
    [InlineData("001", "During the primary name on Dec. 7", "Dec. 7", "2021-12-07")]
    [InlineData("001", "on Dec. 30, Biden reiterated", "Dec. 30", "2021-12-30")]
    [InlineData("001", "Last week, Russian officers reiterated", "Last week", "2022-01-10/2022-01-16")]
    [InlineData("001", "throughout a Jan. 10 press convention", "Jan. 10", "2022-01-10")]
    [InlineData("001", "Since 2002, Ukraine has sought entry", "Since 2002", "2002/..")]
    [InlineData("001", "Ukraine January 14, 2022", "January 14, 2022", "2022-01-14")]
    [InlineData("002", "when they met on Jan. 21 in Geneva", "Jan. 21", "2022-01-21")]
    [InlineData("002", "first widely reported in early December 2021", "early December 2021", "2021-12-01/2021-12-10")]
    [InlineData("002", "may occur in late January 2022", "late January 2022", "2022-01-21/2022-01-31")]
    [InlineData("002", "territories lost since 2014", "since 2014", "2014/..")]
    [InlineData("002", "On Jan. 14, the White House Press Secretary", "Jan. 14", "2022-01-14")]
    [InlineData("003", "said Blinken in Washington on Friday", "on Friday", "2022-01-07")]
    [InlineData("003", "Blinken phoned his Ukrainian colleague", "on Friday", "2022-01-07")]
    [InlineData("003", "In the coming week", "coming week", "2022-01-10/2022-01-16")]
    [InlineData("003", "In the coming week", "January 10th", "2022-01-10")]
    [InlineData("003", "A meeting of the NATO-Russia Council is scheduled", "January 12th", "2022-01-12")]
    [InlineData("003", "will hold talks on January 13th", "January 13th", "2022-01-13")]
    [InlineData("004", "Russia said on Thursday", "on Thursday", "2022-01-20")]
    [InlineData("004", "Blinken met this morning in Berlin", "this morning", "2022-01-20")]
    [InlineData("004", "Blinken pledged, in Kiev yesterday", "yesterday", "2022-01-19")]
    [InlineData("004", "Sergei Lavrov, tomorrow in the Swiss city", "tomorrow", "2022-01-21")]
    public void Real_sentences_resolve_to_the_gold_dates(string seed, string inSentence, string text, string edtf)
    {
        var found = All.Single(r => r.Seed == seed && r.Sentence.Contains(inSentence, StringComparison.Ordinal) && r.Mention.Text == text);

        Assert.Equal(edtf, found.Resolved?.Edtf);
    }

    [Fact]
    public void Seed_three_says_on_friday_of_the_publication_day_whichever_day_it_was()
    {
        // Gold: published 7, 8 or 9 January; "on Friday" in the past is 7 January on each of them.
        var phoned = All.Single(r => r.Seed == "003" && r.Sentence.StartsWith("Blinken phoned", StringComparison.Ordinal));

        Assert.All(
            [new DateOnly(2022, 1, 7), new DateOnly(2022, 1, 8), new DateOnly(2022, 1, 9)],
            publication => Assert.Equal("2022-01-07", TemporalResolver.Resolve(phoned.Mention, phoned.Tense, publication)!.Edtf));
    }

    [Theory]
    [InlineData("100,000")]
    [InlineData("175,000")]
    [InlineData("10,000")]
    [InlineData("42 days")]
    [InlineData("G-8")]
    [InlineData("post-1997")]
    [InlineData("Article 5")]
    [InlineData("Group of 8")]
    [InlineData("the 2 agreed")]
    public void Look_alikes_in_the_seeds_are_not_tagged(string words)
    {
        var sentences = Sentences.Select(s => s.Sentence).Where(s => s.Contains(words, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(sentences);
        foreach (var sentence in sentences)
        {
            var at = sentence.IndexOf(words, StringComparison.Ordinal);
            Assert.DoesNotContain(TemporalTagger.Tag(sentence), m => m.Start < at + words.Length && at < m.End);
        }
    }

    [Fact]
    public void Every_value_found_in_the_seeds_is_valid_edtf()
    {
        Assert.True(All.Count > 50, $"only {All.Count} mentions found");
        Assert.All(All.Where(r => r.Resolved is not null), r => Assert.True(EdtfParser.TryParse(r.Resolved!.Edtf, out _, out _), r.Resolved!.Edtf));
    }

    [Fact]
    public void Every_cut_of_every_seed_sentence_is_handled_without_an_exception()
    {
        // Sentences cut at each word leave dates half-written ("Jan." at the end, "on" with nothing after): the layer
        // must tag, detect and resolve what is left, or leave it, and never throw.
        var count = 0;
        foreach (var (_, sentence) in Sentences)
        {
            for (var cut = sentence.IndexOf(' ', StringComparison.Ordinal); cut > 0; cut = sentence.IndexOf(' ', cut + 1))
            {
                var part = sentence[..cut];
                foreach (var mention in TemporalTagger.Tag(part))
                {
                    var resolved = TemporalResolver.Resolve(mention, TenseDetector.For(part, mention), new DateOnly(2024, 2, 29), new DateOnly(2024, 1, 1));
                    Assert.True(resolved is null || EdtfParser.TryParse(resolved.Edtf, out _, out _), resolved?.Edtf);
                    count++;
                }
            }
        }

        Assert.True(count > 500, $"only {count} mentions in the cut sentences");
    }

    [Fact]
    public void Publication_dates_at_the_ends_of_the_calendar_give_no_value_rather_than_an_error()
    {
        var mention = TemporalTagger.Tag("They met two decades ago, yesterday.")[0];

        Assert.Null(TemporalResolver.Resolve(mention, Tense.Past, DateOnly.MinValue));
        Assert.Null(TemporalResolver.Resolve(mention, Tense.Past, DateOnly.MaxValue));
        Assert.Null(AnchorConstraint.For(mention, Tense.Past, DateOnly.MinValue));
    }

    [Fact]
    public void Offsets_from_another_date_stay_unresolved_without_it()
    {
        var after = All.Single(r => r.Seed == "004" && r.Mention.Text == "a day after");

        Assert.Null(after.Resolved);
        Assert.Equal("2022-01-20", TemporalResolver.Resolve(after.Mention, after.Tense, Published["004"], lastMentioned: new DateOnly(2022, 1, 19))!.Edtf);
    }

    private static List<Row> Run()
    {
        var results = new List<Row>();
        foreach (var (seed, sentence) in Sentences)
        {
            foreach (var mention in TemporalTagger.Tag(sentence))
            {
                var tense = TenseDetector.For(sentence, mention);
                results.Add(new(seed, sentence, mention, tense, TemporalResolver.Resolve(mention, tense, Published[seed])));
            }
        }

        return results;
    }

    private sealed record Row(string Seed, string Sentence, TimeMention Mention, Tense Tense, ResolvedTime? Resolved);
}
