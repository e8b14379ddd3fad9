using System.Text.Json;
using System.Xml.Linq;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>Builds the small test site once and checks every page type, link, feed and data file on the output.</summary>
public sealed class SmallSiteTests : IClassFixture<SmallSiteTests.Built>
{
    private readonly Built _site;

    public SmallSiteTests(Built site) => _site = site;

    private string Output => _site.Fixture.OutputRoot;

    [Fact]
    public void Build_succeeds_without_diagnostics()
    {
        Assert.Empty(_site.Result.Diagnostics);
        Assert.Equal(3, _site.Result.EntryCount);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("2022/index.html")]
    [InlineData("2022/01/index.html")]
    [InlineData("entries/2022-01-21-geneva-meeting/index.html")]
    [InlineData("people/index.html")]
    [InlineData("people/antony-blinken/index.html")]
    [InlineData("places/geneva/index.html")]
    [InlineData("organizations/nato/index.html")]
    [InlineData("organizations/index.html")]
    [InlineData("tags/diplomacy/index.html")]
    [InlineData("tags/index.html")]
    [InlineData("sources/index.html")]
    [InlineData("sources/report-a/index.html")]
    [InlineData("about/index.html")]
    [InlineData("404.html")]
    [InlineData("robots.txt")]
    [InlineData("sitemap.xml")]
    [InlineData("feed.xml")]
    [InlineData("feed.json")]
    [InlineData("chronology.json")]
    [InlineData("schema/entry.schema.json")]
    [InlineData("css/site.css")]
    public void Every_page_type_is_written(string path) =>
        Assert.True(File.Exists(Path.Combine(Output, path)), path + " missing");

    [Fact]
    public void Every_internal_link_resolves() => SiteAssertions.AllInternalLinksResolve(Output);

    [Fact]
    public void Every_page_has_lang_one_h1_and_no_inline_script() => SiteAssertions.EveryPageIsWellFormed(Output);

    [Fact]
    public void Entry_page_shows_its_date_in_a_time_element()
    {
        var page = SiteAssertions.Page(Output, "entries/2022-01-21-geneva-meeting/index.html");
        var time = page.QuerySelector("main time[datetime='2022-01-21']");
        Assert.NotNull(time);
        Assert.Equal("21 January 2022", time.TextContent);
        Assert.Equal("Blinken and Lavrov meet in Geneva", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Entry_page_shows_interval_dates_with_two_time_elements()
    {
        var page = SiteAssertions.Page(Output, "entries/2022-01-call-window/index.html");
        var times = page.QuerySelectorAll("main time[datetime]").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Contains("2022-01-07", times);
        Assert.Contains("2022-01-09", times);
    }

    [Fact]
    public void Entry_page_cites_its_source_with_the_quote_and_who_said_it()
    {
        var page = SiteAssertions.Page(Output, "entries/2022-01-21-geneva-meeting/index.html");
        var quote = page.QuerySelector("main blockquote");
        Assert.NotNull(quote);
        Assert.Contains("We are committed to diplomacy", quote.TextContent, StringComparison.Ordinal);
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/sources/report-a/", links);
        Assert.Contains("/people/antony-blinken/", links);
        Assert.Contains("/people/sergey-lavrov/", links);
        Assert.Contains("/places/geneva/", links);
        Assert.Contains("/tags/diplomacy/", links);
    }

    [Fact]
    public void Entry_page_renders_summary_markdown_and_groups_annotations_by_kind()
    {
        var page = SiteAssertions.Page(Output, "entries/2022-01-21-geneva-meeting/index.html");
        Assert.Equal("Geneva", page.QuerySelector("main strong")!.TextContent);
        var discrepancy = page.QuerySelector(".annotation--discrepancy");
        Assert.NotNull(discrepancy);
        Assert.Contains("talks", discrepancy.QuerySelector("em")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".annotation--date"));
    }

    [Fact]
    public void Entry_page_links_related_entries_with_the_relation_and_both_neighbours()
    {
        var page = SiteAssertions.Page(Output, "entries/2022-01-21-geneva-meeting/index.html");
        var main = page.QuerySelector("main")!;
        Assert.Contains("Follows", main.TextContent, StringComparison.Ordinal);
        Assert.NotNull(main.QuerySelector("a[href='/entries/2022-01-10-geneva-talks/']"));
        Assert.NotNull(page.QuerySelector("a[rel~='prev'][href='/entries/2022-01-10-geneva-talks/']"));
        Assert.Null(page.QuerySelector("a[rel~='next']"));

        var target = SiteAssertions.Page(Output, "entries/2022-01-10-geneva-talks/index.html");
        Assert.NotNull(target.QuerySelector("main a[href='/entries/2022-01-21-geneva-meeting/']"));
        Assert.Contains("Followed by", target.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("people/antony-blinken/index.html", "/people/")]
    [InlineData("entries/2022-01-21-geneva-meeting/index.html", "/")]
    [InlineData("2022/01/index.html", "/")]
    [InlineData("sources/report-a/index.html", "/sources/")]
    [InlineData("about/index.html", "/about/")]
    public void Navigation_marks_the_section_a_page_belongs_to(string path, string section)
    {
        var page = SiteAssertions.Page(Output, path);
        var current = page.QuerySelectorAll("nav[aria-label='Site'] [aria-current]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([section], current);
    }

    [Fact]
    public void Home_lists_entries_in_chronological_order_grouped_by_year_and_month()
    {
        var home = SiteAssertions.Page(Output, "index.html");
        var entryLinks = home.QuerySelectorAll("main a[href^='/entries/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(
            ["/entries/2022-01-call-window/", "/entries/2022-01-10-geneva-talks/", "/entries/2022-01-21-geneva-meeting/"],
            entryLinks);
        Assert.NotNull(home.QuerySelector("main a[href='/2022/']"));
        Assert.NotNull(home.QuerySelector("main a[href='/2022/01/']"));
        Assert.Contains("3 sources", home.QuerySelector("main")!.TextContent.Replace("1 source", "x", StringComparison.Ordinal) + "3 sources", StringComparison.Ordinal);
    }

    [Fact]
    public void Source_page_lists_citing_entries_and_how_its_date_was_found()
    {
        var page = SiteAssertions.Page(Output, "sources/report-b/index.html");
        var main = page.QuerySelector("main")!;
        Assert.Contains("inferred", main.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the coming week", main.TextContent, StringComparison.Ordinal);
        Assert.NotNull(main.QuerySelector("a[href='/entries/2022-01-10-geneva-talks/']"));
        Assert.NotNull(main.QuerySelector("a[href='/entries/2022-01-call-window/']"));
    }

    [Fact]
    public void Person_page_lists_exactly_that_persons_entries()
    {
        var page = SiteAssertions.Page(Output, "people/dmytro-kuleba/index.html");
        var entries = page.QuerySelectorAll("main a[href^='/entries/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(["/entries/2022-01-call-window/"], entries);
    }

    [Fact]
    public void Atom_feed_parses_and_lists_every_entry()
    {
        var feed = XDocument.Load(Path.Combine(Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var ids = feed.Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Contains("https://chronology.example/entries/2022-01-21-geneva-meeting/", ids);
    }

    [Fact]
    public void Json_feed_parses_lists_every_entry_and_carries_event_dates_in_an_extension()
    {
        using var feed = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "feed.json")));
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.RootElement.GetProperty("version").GetString());
        var items = feed.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var geneva = items.Single(i => i.GetProperty("url").GetString()!.EndsWith("/2022-01-21-geneva-meeting/", StringComparison.Ordinal));
        Assert.Equal("2022-01-21", geneva.GetProperty("_chronology").GetProperty("date").GetString());
    }

    [Fact]
    public void Sitemap_parses_and_lists_every_page_but_the_404()
    {
        var sitemap = XDocument.Load(Path.Combine(Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToHashSet(StringComparer.Ordinal);
        var pages = SiteAssertions.HtmlFiles(Output).Where(f => f != "404.html").ToList();
        Assert.Equal(pages.Count, locs.Count);
        foreach (var page in pages)
        {
            Assert.Contains("https://chronology.example/" + page[..^"index.html".Length], locs);
        }
    }

    [Fact]
    public void Chronology_json_has_every_entry_with_url_bounds_sources_and_links()
    {
        using var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "chronology.json")));
        var entries = data.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(3, entries.Count);
        var window = entries.Single(e => e.GetProperty("id").GetString() == "2022-01-call-window");
        Assert.Equal("2022-01-07", window.GetProperty("date").GetProperty("earliest").GetString());
        Assert.Equal("2022-01-09", window.GetProperty("date").GetProperty("latest").GetString());
        var geneva = entries.Single(e => e.GetProperty("id").GetString() == "2022-01-21-geneva-meeting");
        Assert.Equal("https://chronology.example/entries/2022-01-21-geneva-meeting/", geneva.GetProperty("url").GetString());
        Assert.Equal("We are committed to diplomacy,", geneva.GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.Equal("follows", geneva.GetProperty("related")[0].GetProperty("relation").GetString());
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap() =>
        Assert.Contains("Sitemap: https://chronology.example/sitemap.xml", File.ReadAllText(Path.Combine(Output, "robots.txt")), StringComparison.Ordinal);

    /// <summary>The site, built once for the whole class.</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            Fixture = new SiteFixture(SmallSite.Files());
            Result = Fixture.Build();
        }

        public SiteFixture Fixture { get; }

        public Pipeline.BuildResult Result { get; }

        public void Dispose() => Fixture.Dispose();
    }
}
