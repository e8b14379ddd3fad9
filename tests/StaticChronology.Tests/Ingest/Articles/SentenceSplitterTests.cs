using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>Sentence ends, the abbreviations and quotes that are not ends, and positions in the file.</summary>
public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        [.. SentenceSplitter.Split(new Paragraph(text, 1, ParagraphKind.Body), 0).Select(s => s.Text)];

    [Theory]
    [InlineData("The talks were held on Jan. 7 in Geneva. Nothing was agreed.", "The talks were held on Jan. 7 in Geneva.")]
    [InlineData("On Dec. 17, the council met. Nothing was agreed.", "On Dec. 17, the council met.")]
    [InlineData("The U.S. Embassy stayed open. Nothing was agreed.", "The U.S. Embassy stayed open.")]
    [InlineData("Mr. Tam and Gen. Osk met at St. Brin's. Nothing was agreed.", "Mr. Tam and Gen. Osk met at St. Brin's.")]
    [InlineData("They met at 9 a.m. Friday in the hall. Nothing was agreed.", "They met at 9 a.m. Friday in the hall.")]
    [InlineData("Minister Ana J. Petrel arrived. Nothing was agreed.", "Minister Ana J. Petrel arrived.")]
    [InlineData("Boats, nets, e.g. Trawlers, were sold. Nothing was agreed.", "Boats, nets, e.g. Trawlers, were sold.")]
    [InlineData("Nothing happened before 9 a.m. The council met later.", "Nothing happened before 9 a.m.")]
    [InlineData("He flew to the U.S. He met the council.", "He flew to the U.S.")]
    public void Abbreviations_do_not_end_sentences(string text, string first)
    {
        var sentences = Split(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal(first, sentences[0]);
    }

    [Fact]
    public void A_closing_quote_stays_with_the_sentence_it_closes()
    {
        var sentences = Split("“The wall will hold. We built it well.” The mayor left early.");

        Assert.Equal(["“The wall will hold.", "We built it well.”", "The mayor left early."], sentences);
    }

    [Theory]
    [InlineData("“Will the wall hold?” Petrel asked reporters. Nobody answered.")]
    [InlineData("“The wall, the nets, the boats…” Petrel said. Nobody answered.")]
    [InlineData("\"Will the wall hold?\" asked the mayor. Nobody answered.")]
    [InlineData("“Will the wall hold?” she asked. Nobody answered.")]
    public void A_quoted_question_or_trailing_ellipsis_keeps_its_attribution(string text)
    {
        var sentences = Split(text);

        Assert.Equal(2, sentences.Length);
        Assert.Equal("Nobody answered.", sentences[1]);
    }

    [Fact]
    public void Sentences_keep_their_line_column_kind_and_paragraph()
    {
        var paragraph = new Paragraph("One. Two?  Three!", 12, ParagraphKind.Caption) { Column = 5 };

        var sentences = SentenceSplitter.Split(paragraph, 4);

        Assert.Equal([("One.", 12, 5, 0), ("Two?", 12, 10, 5), ("Three!", 12, 16, 11)], sentences.Select(s => (s.Text, s.Line, s.Column, s.Offset)));
        Assert.All(sentences, s => Assert.Equal((ParagraphKind.Caption, 4), (s.Kind, s.ParagraphIndex)));
    }

    [Fact]
    public void A_paragraph_over_two_lines_counts_lines_and_columns()
    {
        var paragraph = new Paragraph("The wall fell.\nThe mayor left.", 7, ParagraphKind.Body) { Column = 3 };

        var sentences = SentenceSplitter.Split(paragraph, 0);

        Assert.Equal([(7, 3), (8, 1)], sentences.Select(s => (s.Line, s.Column)));
    }

    [Fact]
    public void Numbers_and_lower_case_after_a_full_stop_do_not_start_sentences()
    {
        Assert.Single(Split("Turnout was 52.5 per cent, down from 61.2 in 2018. and so on"));
        Assert.Equal(2, Split("Turnout fell. 52 per cent voted.").Length);
    }
}
