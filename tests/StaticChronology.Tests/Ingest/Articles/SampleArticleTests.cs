using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>The reader on the six fictional samples, which it was not written against.</summary>
public sealed class SampleArticleTests
{
    private const string Folder = "tests/StaticChronology.Tests/Ingest/Articles/Samples/";

    private static Article Read(string name) => ArticleFiles.Read(Folder + name);

    private static Dictionary<int, string> Removed(Article article) => article.RemovedLines.ToDictionary(r => r.Line, r => r.Reason);

    [Fact]
    public void Wire_copy_has_a_byline_a_yearless_dateline_a_caption_and_credits()
    {
        var article = Read("01_wire.txt");

        Assert.Equal(("Mira Castell", "PORT HALDEN"), (article.Byline, article.Dateline));
        Assert.Equal((null, 2, 4, 5), (article.Published!.Year, article.Published.Month, article.Published.Day, article.Published.Line));
        Assert.StartsWith("Oskarian Foreign Minister", article.Paragraphs[0].Text, StringComparison.Ordinal);
        var caption = Assert.Single(article.Paragraphs, p => p.Kind == ParagraphKind.Caption);
        Assert.Equal("2031-02-03", Assert.Single(PublicationStampParser.FindDates(caption.Text, caption.Line)).Edtf);
        Assert.Equal("wire credits", Removed(article)[17]);
    }

    [Fact]
    public void Machine_translation_keeps_its_dotted_stamp_and_loses_the_reposting_furniture()
    {
        var article = Read("02_translated.txt");

        Assert.Equal(("2031-02-05", "14:20"), (article.Published!.Edtf, article.Published.Time!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([5, 7, 9, 11], article.Paragraphs.Select(p => p.Line));
        Assert.Equal("related-articles list", Removed(article)[13]);
        Assert.All([15, 17, 19], line => Assert.StartsWith("after the end of the article", Removed(article)[line], StringComparison.Ordinal));
    }

    [Fact]
    public void A_blog_loses_every_piece_of_furniture_and_keeps_four_paragraphs()
    {
        var article = Read("03_blog.txt");
        var removed = Removed(article);

        Assert.Equal("Ferry row: Varga-Moren lands in Kessa, Strait Council offers to mediate", article.Title);
        Assert.Equal(("2031-02-07", "Karl Wendt"), (article.Published!.Edtf, article.Byline));
        Assert.Equal([11, 13, 17, 21], article.Paragraphs.Select(p => p.Line));
        Assert.Equal(
            ["breadcrumb trail", "title", "byline and stamp", "share buttons", "share buttons", "cookie notice", "advertisement",
             "related-article link", "tag list", "author bio", "related-articles list"],
            article.RemovedLines.Take(11).Select(r => r.Reason));
        Assert.Equal(27, removed.Keys.Max());
    }

    [Fact]
    public void An_undated_article_has_no_publication_date_though_it_names_weekdays_and_dates()
    {
        var article = Read("04_undated.txt");

        Assert.Null(article.Published);
        Assert.Null(article.Updated);
        Assert.Equal(6, article.Paragraphs.Count);
        Assert.All(article.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Fact]
    public void A_newspaper_page_has_published_and_modified_stamps_captions_and_a_subheading()
    {
        var article = Read("05_guardian_style.txt");

        Assert.Equal(("2031-02-11", "GMT", 4), (article.Published!.Edtf, article.Published.Zone, article.Published.Line));
        Assert.Equal(("Tuesday 11 February 2031 11.40 GMT", 5), (article.Updated!.Text, article.Updated.Line));
        Assert.Equal("Mira Castell in Port Halden", article.Byline);
        Assert.Equal([7, 15], article.Paragraphs.Where(p => p.Kind == ParagraphKind.Caption).Select(p => p.Line));
        Assert.Equal("Crossings", Assert.Single(article.Paragraphs, p => p.Kind == ParagraphKind.Subheading).Text);
    }

    [Fact]
    public void A_live_blog_has_both_stamps_and_loses_its_key_events_box()
    {
        var article = Read("06_live_blog.txt");
        var removed = Removed(article);

        Assert.Equal(("2031-02-13T06:30:00Z", "2031-02-13T15:05:00Z"), (article.Published!.Text, article.Updated!.Text));
        Assert.Equal(["live-blog index", "beside live-blog index (line 6)", "beside live-blog index (line 6)"], new[] { 6, 7, 8 }.Select(l => removed[l]));
        Assert.Equal(["15.05 GMT", "13.40 GMT", "11.20 GMT", "07.02 GMT", "06.30 GMT"], article.Paragraphs.Where(p => p.Kind == ParagraphKind.Subheading).Select(p => p.Text));
        Assert.Equal(26, Assert.Single(article.Paragraphs, p => p.Kind == ParagraphKind.Caption).Line);
    }

    [Fact]
    public void Sample_quotes_name_their_speakers()
    {
        string[] Speakers(string name) => [.. QuoteExtractor.Extract(Read(name)).Select(q => q.Speaker ?? "(none)")];

        Assert.Equal(["Varga-Moren", "Varga-Moren", "Demarchi", "Petra Lindqvist-Haas"], Speakers("01_wire.txt"));
        Assert.Equal(["the minister", "Petra Lindqvist-Haas"], Speakers("02_translated.txt"));
        Assert.Equal(["Reyl", "Okonedo", "Okonedo"], Speakers("03_blog.txt"));
        Assert.Equal(["Bram Okonedo", "Tenberg", "Tomas Reyl"], Speakers("04_undated.txt"));
        Assert.Equal(["Ilse Varga-Moren", "Ilse Varga-Moren", "Oda Brekke"], Speakers("05_guardian_style.txt"));
        Assert.Equal(["Yusuf Tenberg"], Speakers("06_live_blog.txt"));
    }
}
