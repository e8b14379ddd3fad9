using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>The cleaning rules one at a time, on small articles written here.</summary>
public sealed class ArticleReaderTests
{
    private const string Body = "The council met on Monday and agreed the budget after a long debate.";

    private static Article Read(params string[] lines) => ArticleReader.Read("a.txt", string.Join("\n", lines));

    private static string ReasonFor(Article article, int line) => Assert.Single(article.RemovedLines, r => r.Line == line).Reason;

    [Fact]
    public void Reads_title_stamp_and_body_and_accounts_for_every_line()
    {
        var article = Read("Council agrees budget", "", "7 January 2022, 11:13 PM", "", Body, "", "Leave a Reply", "", "Your email address will not be published.");

        Assert.Equal("Council agrees budget", article.Title);
        Assert.Equal("2022-01-07", article.Published!.Edtf);
        Assert.Equal(3, article.Published.Line);
        Assert.Null(article.Updated);
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal((Body, 5, ParagraphKind.Body, 1), (paragraph.Text, paragraph.Line, paragraph.Kind, paragraph.Column));
        Assert.Equal([(1, "title"), (3, "publication stamp"), (7, "comment form"), (9, "after the end of the article (line 7)")], article.RemovedLines.Select(r => (r.Line, r.Reason)));
    }

    [Fact]
    public void A_line_with_both_stamps_gives_both()
    {
        var article = Read("Council agrees budget", "By Ana Petrel and Tom Wick", "Published: 3 March 2031 | Updated: 4 March 2031", Body);

        Assert.Equal(("2031-03-03", "2031-03-04", "Ana Petrel and Tom Wick"), (article.Published!.Edtf, article.Updated!.Edtf, article.Byline));
        Assert.Equal("publication and update stamps", ReasonFor(article, 3));
    }

    [Fact]
    public void Nothing_stated_means_no_publication_date()
    {
        var article = Read("Council agrees budget", "", "The council met on Monday, 3 January 2022, and agreed the budget.", "Last week it had refused.");

        Assert.Null(article.Published);
        Assert.Null(article.Updated);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Video of day", "video widget")]
    [InlineData("Follow us on Twitter, Facebook and Google News", "social follow prompt")]
    [InlineData("Sign up for our morning briefing", "subscription prompt")]
    [InlineData("Get the Harbour Town newsletter in your inbox", "newsletter sign-up")]
    [InlineData("Share on Facebook Share on X Email", "share buttons")]
    [InlineData("We use cookies to improve your experience on this site.", "cookie notice")]
    [InlineData("Tags: council, budget, harbour", "tag list")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("Advertisement · Scroll to continue", "advertisement")]
    [InlineData("Skip to main content", "site navigation")]
    [InlineData("4 min read", "reading aid")]
    [InlineData("Home » World » Harbour", "breadcrumb trail")]
    [InlineData("Key events", "live-blog index")]
    [InlineData("2 hours ago", "relative time stamp (gives no date)")]
    [InlineData("Read more: Council delays vote", "related-article link")]
    [InlineData("—", "no words (a separator)")]
    [InlineData("X", "a lone character (a button or icon label)")]
    [InlineData("Will the harbour budget pass in the spring?Politics", "related-article teaser with its section label")]
    [InlineData("Reporting by Ana Petrel; Editing by Tom Wick", "wire credits")]
    [InlineData("© 2022 The Harbour Gazette. All rights reserved.", "copyright notice")]
    public void Removes_furniture_with_its_reason(string furniture, string reason)
    {
        var article = Read("Council agrees budget", "", Body, "", furniture, "", Body);

        Assert.Equal(reason, ReasonFor(article, 5));
        Assert.Equal([3, 7], article.Paragraphs.Select(p => p.Line));
    }

    [Fact]
    public void A_related_topics_list_ends_the_article()
    {
        var article = Read("Council agrees budget", "", Body, "", "Related Topics", "Salt Bay", "", "Flooding");

        Assert.Equal(["title", "related-articles list", "after the end of the article (line 5)", "after the end of the article (line 5)"], article.RemovedLines.Select(r => r.Reason));
    }

    [Fact]
    public void A_long_sentence_that_mentions_a_newsletter_is_text()
    {
        const string sentence = "The mayor said in her weekly newsletter that the harbour wall would be rebuilt before the winter storms arrived in the bay.";
        var article = Read("Council agrees budget", "", Body, "", sentence);

        Assert.Equal(sentence, article.Paragraphs[1].Text);
        Assert.DoesNotContain(article.RemovedLines, r => r.Reason != "title");
    }

    [Fact]
    public void Labels_in_a_block_with_furniture_go_with_it()
    {
        var article = Read("Council agrees budget", "", Body, "", "poster", "Harbour Today", "Fresh daily newsletter covering the harbour", "Daily at 9am EST", "Show more news");

        Assert.Equal("beside newsletter sign-up (line 7)", ReasonFor(article, 5));
        Assert.Equal("beside newsletter sign-up (line 7)", ReasonFor(article, 6));
        Assert.Equal("newsletter sign-up", ReasonFor(article, 8));
        Assert.Equal("more-links button", ReasonFor(article, 9));
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void An_author_bio_is_furniture_only_at_the_end()
    {
        const string bio = "Ana Petrel is a senior correspondent covering the harbour towns.";
        var middle = Read("Council agrees budget", "", bio, "", Body, "", Body, "", Body, "", Body, "", Body);
        var end = Read("Council agrees budget", "", Body, "", Body, "", bio);

        Assert.Equal(bio, middle.Paragraphs[0].Text);
        Assert.Equal("author bio", ReasonFor(end, 7));
    }

    [Fact]
    public void Reads_a_byline_with_its_stamp_and_a_kicker_that_repeats_the_title()
    {
        var article = Read("Before the vote: council agrees harbour budget", "Before the vote", "By Ana Petrel | Tuesday 1 March 2022 09.12 GMT", "Updated 2022-03-01T10:40:00Z", Body);

        Assert.Equal("Ana Petrel", article.Byline);
        Assert.Equal(("2022-03-01", "09:12", "GMT"), (article.Published!.Edtf, article.Published.Time!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), article.Published.Zone));
        Assert.Equal((4, "10:40", "Z"), (article.Updated!.Line, article.Updated.Time!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), article.Updated.Zone));
        Assert.Equal("repeats the title", ReasonFor(article, 2));
        Assert.Equal("byline and stamp", ReasonFor(article, 3));
        Assert.Equal("update stamp", ReasonFor(article, 4));
    }

    [Fact]
    public void A_wire_dateline_is_cut_from_the_first_paragraph_and_its_year_stays_unknown()
    {
        var article = Read("Harbour council agrees budget", "", "PORT ALDER, Feb 3 (Wirenews) - The council agreed the budget on Thursday.");

        Assert.Equal("PORT ALDER", article.Dateline);
        Assert.Equal((null, 2, 3, "Feb 3", 3), (article.Published!.Year, article.Published.Month, article.Published.Day, article.Published.Text, article.Published.Line));
        var paragraph = Assert.Single(article.Paragraphs);
        Assert.Equal(("The council agreed the budget on Thursday.", 32), (paragraph.Text, paragraph.Column));
    }

    [Fact]
    public void A_stated_full_date_wins_over_a_wire_dateline()
    {
        var article = Read("Harbour council agrees budget", "3 February 2022", "PORT ALDER, Feb 3 (Wirenews) - The council agreed the budget on Thursday.");

        Assert.Equal("2022-02-03", article.Published!.Edtf);
        Assert.Equal(2, article.Published.Line);
    }

    [Theory]
    [InlineData("Photo: Ana Petrel")]
    [InlineData("(Image: the harbour wall after the storm)")]
    [InlineData("Workers repair the harbour wall on 14 January 2022. Photograph: Ana Petrel/Harbour Wire")]
    [InlineData("Workers repair the harbour wall, Port Alder January 14, 2022.Ana Petrel | Harbour Wire")]
    [InlineData("Workers repair the harbour wall. (AP Photo/Ana Petrel)")]
    [InlineData("Workers repair the harbour wall. Tom Wick via Getty Images")]
    [InlineData("Image caption, The harbour wall after the storm")]
    public void Captions_are_kept_as_their_own_kind(string caption)
    {
        var article = Read("Council agrees budget", "", Body, "", caption, "", Body);

        Assert.Equal([ParagraphKind.Body, ParagraphKind.Caption, ParagraphKind.Body], article.Paragraphs.Select(p => p.Kind));
        Assert.Equal(caption, article.Paragraphs[1].Text);
    }

    [Fact]
    public void A_short_line_between_paragraphs_is_a_subheading()
    {
        var article = Read("Council agrees budget", "", Body, "", "harbour wall", "", Body);

        Assert.Equal(ParagraphKind.Subheading, article.Paragraphs[1].Kind);
    }

    [Fact]
    public void Columns_follow_indentation_and_line_endings_are_any_kind()
    {
        var article = ArticleReader.Read("a.txt", "\uFEFFCouncil agrees budget\r\n\r\n    " + Body + "\r\n");

        Assert.Equal("Council agrees budget", article.Title);
        Assert.Equal((3, 5, Body), (article.Paragraphs[0].Line, article.Paragraphs[0].Column, article.Paragraphs[0].Text));
    }

    [Fact]
    public void The_listing_shows_every_line_in_file_order_with_its_fate()
    {
        var article = Read("Harbour council agrees budget", "", "PORT ALDER, Feb 3 (Wirenews) - " + Body, "", "Video of day", "", "harbour wall");

        Assert.Equal(
            "a.txt\n  title: Harbour council agrees budget\n  published: ????-02-03 (\"Feb 3\", line 3)\n  updated: (none)\n"
            + "  dateline: PORT ALDER\n  byline: (none)\n   1  [removed: title] Harbour council agrees budget\n"
            + "   3  [body] " + Body + "\n   5  [removed: video widget] Video of day\n   7  [subheading] harbour wall\n",
            ArticleListing.Write(article));
    }

    [Fact]
    public void An_empty_file_reads_as_an_empty_article()
    {
        var article = ArticleReader.Read("a.txt", "\n \n");

        Assert.Equal((null, null, 0, 0), (article.Title, article.Published, article.Paragraphs.Count, article.RemovedLines.Count));
    }

    [Fact]
    public void An_update_alone_is_not_a_publication_date()
    {
        var article = Read("Council agrees budget", "Updated 2022-03-01T10:40:00Z", Body);

        Assert.Null(article.Published);
        Assert.Equal("2022-03-01", article.Updated!.Edtf);
    }

    [Fact]
    public void Wire_copy_that_opens_with_its_dateline_has_no_title()
    {
        var article = Read("PORT ALDER, Feb 3 (Wirenews) - The council agreed the budget on Thursday.", "", Body);

        Assert.Null(article.Title);
        Assert.Equal(("PORT ALDER", 2), (article.Dateline, article.Paragraphs.Count));
    }

    [Fact]
    public void A_hard_wrapped_paragraph_is_one_paragraph_and_keeps_its_positions()
    {
        const string text = "Council agrees budget\n\nThe council of Port Alder met on Monday and agreed the\n  budget after a long debate. “We built the wall well, and we\nbuilt it to last,” Mayor Ana Petrel said.\nHarbour Today\n";

        var article = ArticleReader.Read("a.txt", text);
        var paragraph = article.Paragraphs[0];
        var sentences = SentenceSplitter.Split(article);
        var quote = Assert.Single(QuoteExtractor.Extract(article));

        Assert.Equal((3, 5, 2), (paragraph.Line, paragraph.EndLine, article.Paragraphs.Count));
        Assert.Equal([(3, 1), (4, 31)], sentences.Take(2).Select(s => (s.Line, s.Column)));
        Assert.Equal((4, 32, "Ana Petrel"), (quote.Line, quote.Column, quote.Speaker));
        Assert.True(StaticChronology.Assembly.QuoteMatcher.IsVerbatim(quote.Text, text));
        Assert.Equal("Harbour Today", article.Paragraphs[1].Text);
    }

    [Fact]
    public void A_removed_wrapped_blurb_is_listed_line_by_line()
    {
        var article = Read("Council agrees budget", "", Body, "", "Sign up to the Harbour Today newsletter for the news of", "the bay every morning");

        Assert.Equal([(5, "newsletter sign-up"), (6, "newsletter sign-up")], article.RemovedLines.Skip(1).Select(r => (r.Line, r.Reason)));
        Assert.Equal("the bay every morning", article.RemovedLines[^1].Text);
    }

    [Theory]
    [InlineData("The council met on Monday and agreed the budget.", null)]
    [InlineData("Photo: Ana Petrel", null)]
    [InlineData("Council agrees budget with the U.S.", "Council agrees budget with the U.S.")]
    [InlineData("Budget crisis.. council agrees at last", "Budget crisis.. council agrees at last")]
    public void A_first_line_is_a_title_only_if_it_reads_like_one(string first, string? title)
    {
        var article = Read(first, "", Body);

        Assert.Equal(title, article.Title);
        Assert.Equal(title is null ? 2 : 1, article.Paragraphs.Count);
    }
}
