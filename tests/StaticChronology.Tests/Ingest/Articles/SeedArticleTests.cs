using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>The five seed articles read as an editor would read them.</summary>
public sealed class SeedArticleTests
{
    private const string Seed0 = "seeds/000_9a6cab821af0a972.txt";
    private const string Seed1 = "seeds/001_c8fd70d160a42895.txt";
    private const string Seed2 = "seeds/002_cbe95864375cfff8.txt";
    private const string Seed3 = "seeds/003_640416ae33e8e15c.txt";
    private const string Seed4 = "seeds/004_df6af6b4f0e64bae.txt";

    private static Dictionary<int, string> Removed(Article article) => article.RemovedLines.ToDictionary(r => r.Line, r => r.Reason);

    [Theory]
    [InlineData(Seed0, "2022-01-07", "23:13", 3)]
    [InlineData(Seed2, "2022-01-21", "19:12", 3)]
    public void Stated_dates_are_read_with_their_time(string seed, string date, string time, int line)
    {
        var article = ArticleFiles.Read(seed);

        Assert.Equal((date, time, line), (article.Published!.Edtf, article.Published.Time!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), article.Published.Line));
        Assert.Null(article.Updated);
    }

    [Theory]
    [InlineData(Seed1)]
    [InlineData(Seed3)]
    [InlineData(Seed4)]
    public void Seeds_that_state_no_date_have_none(string seed) => Assert.Null(ArticleFiles.Read(seed).Published);

    [Fact]
    public void Seed_0_loses_its_video_widget_follow_prompt_and_newsletter_box()
    {
        var article = ArticleFiles.Read(Seed0);

        Assert.Equal("US secretary of state says Russia may stage an ‘incident’ ahead of further invasion of Ukraine", article.Title);
        Assert.Equal([1, 3, 11, 39, 41, 42, 43, 44], Removed(article).Keys);
        Assert.All(article.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
        Assert.Equal(37, article.Paragraphs[^1].Line);
    }

    [Fact]
    public void Seed_1_has_a_dateline_a_caption_and_a_reposting_footer()
    {
        var article = ArticleFiles.Read(Seed1);
        var removed = Removed(article);

        Assert.Equal("WASHINGTON", article.Dateline);
        Assert.Equal((3, 15), (article.Paragraphs[0].Line, article.Paragraphs[0].Column));
        Assert.StartsWith("Secretary of State Antony Blinken", article.Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.Equal(27, Assert.Single(article.Paragraphs, p => p.Kind == ParagraphKind.Caption).Line);
        Assert.Equal("related-article teaser with its section label", removed[57]);
        Assert.Equal("reposting credit", removed[59]);
        Assert.Equal([61, 63, 65], removed.Where(r => r.Value == "after the end of the article (line 59)").Select(r => r.Key));
        Assert.Equal(55, article.Paragraphs[^1].Line);
    }

    [Fact]
    public void Seed_1_caption_date_is_evidence()
    {
        var caption = Assert.Single(ArticleFiles.Read(Seed1).Paragraphs, p => p.Kind == ParagraphKind.Caption);

        Assert.Equal("2022-01-14", Assert.Single(PublicationStampParser.FindDates(caption.Text, caption.Line)).Edtf);
    }

    [Fact]
    public void Seed_2_loses_the_newsletter_box_with_its_poster_label_and_close_button()
    {
        var removed = Removed(ArticleFiles.Read(Seed2));

        Assert.Equal([1, 3, 11, 33, 35, 36, 37, 38, 39, 40], removed.Keys);
        Assert.Equal("beside newsletter sign-up (line 37)", removed[35]);
        Assert.Equal("a lone character (a button or icon label)", removed[40]);
    }

    [Fact]
    public void Seed_3_drops_the_kicker_that_repeats_the_title_and_the_source_credit()
    {
        var article = ArticleFiles.Read(Seed3);

        Assert.Equal("Before talking about Ukraine: Blinken offers the Kremlin carrot and stick", article.Title);
        Assert.Equal(new Dictionary<int, string>
        {
            [1] = "title",
            [3] = "repeats the title",
            [4] = "repeats the title",
            [18] = "no words (a separator)",
            [19] = "reposting credit",
        }, Removed(article));
        Assert.Equal([6, 8, 10, 12, 14, 16], article.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void Seed_4_keeps_its_subheadings_apart_and_drops_the_comment_form()
    {
        var article = ArticleFiles.Read(Seed4);

        Assert.Equal([13, 29], article.Paragraphs.Where(p => p.Kind == ParagraphKind.Subheading).Select(p => p.Line));
        Assert.Equal([1, 39, 41], Removed(article).Keys);
        Assert.Null(article.Dateline);
    }
}
