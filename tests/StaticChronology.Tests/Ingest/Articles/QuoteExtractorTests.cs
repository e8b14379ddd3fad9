using StaticChronology.Assembly;
using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>Attributed quotes: the forms of attribution, speakers as written, fragments, and irony left out.</summary>
public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<ArticleQuote> Extract(params string[] paragraphs) =>
        QuoteExtractor.Extract(ArticleReader.Read("a.txt", "Harbour council agrees budget\n\n" + string.Join("\n\n", paragraphs)));

    [Theory]
    [InlineData("“The wall will hold,” Petrel said.", "The wall will hold", "Petrel")]
    [InlineData("“The wall will hold,” said Mayor Ana Petrel.", "The wall will hold", "Ana Petrel")]
    [InlineData("Harbour Director Tom Wick said: “The wall will hold.”", "The wall will hold.", "Tom Wick")]
    [InlineData("According to Petrel, “the wall will hold.”", "the wall will hold.", "Petrel")]
    [InlineData("\"The wall will hold,\" a senior council official told reporters on Monday.", "The wall will hold", "a senior council official")]
    [InlineData("“The wall will hold,” the official, who asked not to be named, added.", "The wall will hold", "the official")]
    [InlineData("“Will the wall hold?” asked the harbour engineer.", "Will the wall hold?", "the harbour engineer")]
    [InlineData("Deputy Mayor Lia von der Brin has said that the wall is “safe for now.”", "safe for now.", "Lia von der Brin")]
    [InlineData("The Harbour Ministry said the repairs were “urgent and overdue.”", "urgent and overdue.", "The Harbour Ministry")]
    [InlineData("Petra Lindqvist-Haas, a spokeswoman for the harbour office, said: “The wall will hold.”", "The wall will hold.", "Petra Lindqvist-Haas")]
    public void Reads_the_speaker_as_written(string paragraph, string text, string speaker)
    {
        var quote = Assert.Single(Extract(paragraph));

        Assert.Equal((text, speaker), (quote.Text, quote.Speaker));
        Assert.True(QuoteMatcher.IsVerbatim(quote.Text, paragraph));
    }

    [Fact]
    public void A_participle_refers_back_to_the_speaker()
    {
        var quotes = Extract("Mayor Ana Petrel told the council the cut was “painful but necessary”, adding: “The wall must be rebuilt.”");

        Assert.Equal([("painful but necessary", "Ana Petrel", true), ("The wall must be rebuilt.", "Ana Petrel", false)], quotes.Select(q => (q.Text, q.Speaker, q.IsFragment)));
    }

    [Fact]
    public void Tells_fragments_from_whole_quotes()
    {
        var quotes = Extract("Petrel said: “The wall will hold.” She described the delay as “a scandal” and left.", "Petrel said the wall was “safe” for now.");

        Assert.Equal([false, true, true], quotes.Select(q => q.IsFragment));
    }

    [Fact]
    public void A_pronoun_takes_the_speaker_it_refers_to()
    {
        var quotes = Extract(
            "Mayor Ana Petrel opened the harbour meeting on Monday.",
            "“The wall will hold,” she said. “We built it well.”",
            "“Nobody will lose a boat this winter,” she added.");

        Assert.Equal(["Ana Petrel", "Ana Petrel", "Ana Petrel"], quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void A_quote_that_opens_the_next_paragraph_continues_the_speaker()
    {
        var quotes = Extract("“The wall will hold,” Petrel said.", "“We built it well, and we built it to last for a generation.”");

        Assert.Equal(["Petrel", "Petrel"], quotes.Select(q => q.Speaker));
        Assert.Equal(5, quotes[1].Line);
    }

    [Fact]
    public void A_quote_left_open_runs_to_the_end_of_its_paragraph_and_the_next_one_continues_it()
    {
        var quotes = Extract("Petrel said: “The wall will hold through the winter.", "“We built it well, and we built it to last for a generation.”");

        Assert.Equal([("The wall will hold through the winter.", 3), ("We built it well, and we built it to last for a generation.", 5)], quotes.Select(q => (q.Text, q.Line)));
        Assert.All(quotes, q => Assert.Equal("Petrel", q.Speaker));
    }

    [Fact]
    public void Captions_and_subheadings_have_no_quotes()
    {
        Assert.Empty(Extract("“The wall will hold,” Petrel said. Photo: Tom Wick", "“The wall will hold” says mayor"));
    }

    [Fact]
    public void Scare_quotes_and_the_united_states_are_not_speakers()
    {
        var quotes = Extract(
            "The council dismissed the so-called “harbour plan” that the fishers had demanded of the United States and Canada.",
            "Petrel said the wall was fine.");

        Assert.Empty(quotes);
    }

    [Fact]
    public void A_long_unattributed_sentence_is_kept_without_a_speaker()
    {
        var quote = Assert.Single(Extract("The notice read: “Boats must leave the inner harbour before the storm tonight.”"));

        Assert.Null(quote.Speaker);
        Assert.False(quote.IsFragment);
    }

    [Fact]
    public void Positions_point_at_the_first_quoted_word()
    {
        var quote = Assert.Single(Extract("Petrel said: “The wall will hold.”"));

        Assert.Equal((3, 15, 0), (quote.Line, quote.Column, quote.ParagraphIndex));
    }

    public static TheoryData<string> Files() => ArticleFiles.AllData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_quote_is_verbatim_and_starts_at_its_position(string path)
    {
        var raw = ArticleFiles.Text(path);
        var lines = raw.Split('\n');

        Assert.All(QuoteExtractor.Extract(ArticleFiles.Read(path)), q =>
        {
            Assert.True(QuoteMatcher.IsVerbatim(q.Text, raw), $"{path}:{q.Line}: not verbatim: {q.Text}");
            Assert.True(lines[q.Line - 1].AsSpan(q.Column - 1).StartsWith(q.Text.Split('\n')[0], StringComparison.Ordinal), $"{path}:{q.Line}:{q.Column}");
        });
    }

    [Fact]
    public void Seed_0_quotes_and_their_speakers()
    {
        var quotes = QuoteExtractor.Extract(ArticleFiles.Read("seeds/000_9a6cab821af0a972.txt"));

        Assert.Equal(
            [(7, "Blinken"), (9, "Blinken"), (13, "Blinken"), (15, "Blinken"), (17, "Blinken"), (19, "Blinken"), (21, "Blinken"), (23, "Blinken"),
             (25, "Kuleba"), (27, "the minister"), (29, "Blinken"), (33, "Jens Stoltenberg")],
            quotes.Select(q => (q.Line, q.Speaker)));
        Assert.Equal("absurd", quotes[1].Text);
        Assert.True(quotes[1].IsFragment);
        Assert.False(quotes[0].IsFragment);
    }

    [Fact]
    public void Seed_1_quotes_name_officials_as_the_text_does()
    {
        var quotes = QuoteExtractor.Extract(ArticleFiles.Read("seeds/001_c8fd70d160a42895.txt"));

        Assert.Equal("a senior State Department official", quotes.Single(q => q.Line == 13).Speaker);
        Assert.Equal("the official", quotes.Single(q => q.Line == 15).Speaker);
        Assert.Equal(["Jake Sullivan", "Jake Sullivan"], quotes.Where(q => q.Line == 35).Select(q => q.Speaker));
        Assert.Equal("Kirby", quotes.Single(q => q.Line == 45).Speaker);
        Assert.Equal("Sergei Ryabkov", quotes.Single(q => q.Line == 53).Speaker);
        Assert.DoesNotContain(quotes, q => q.Text.StartsWith("Group of 8", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_4_quotes_resolve_he_she_and_a_verb_joined_by_and()
    {
        var quotes = QuoteExtractor.Extract(ArticleFiles.Read("seeds/004_df6af6b4f0e64bae.txt"));

        Assert.Equal(["Joe Biden", "Joe Biden"], quotes.Where(q => q.Line == 11).Select(q => q.Speaker));
        Assert.Equal(["Ursula von der Leyen", "Ursula von der Leyen"], quotes.Where(q => q.Line == 25).Select(q => q.Speaker));
        Assert.Equal("Maria Zakharova", quotes.Single(q => q.Line == 31).Speaker);
    }
}
