using System.Text;
using System.Text.Json;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>The reader features as the generator writes them: metadata, JSON-LD, the calendar, the search index and the density chart.</summary>
public sealed class ReaderFeatureTests : IClassFixture<SmallSiteTests.Built>
{
    private const string Geneva = "entries/2022-01-21-geneva-meeting/index.html";
    private readonly SmallSiteTests.Built _site;

    public ReaderFeatureTests(SmallSiteTests.Built site) => _site = site;

    private string Output => _site.Fixture.OutputRoot;

    [Fact]
    public void Every_page_but_the_404_has_a_canonical_url_and_open_graph_and_twitter_metadata()
    {
        foreach (var file in SiteAssertions.HtmlFiles(Output).Where(f => f != "404.html"))
        {
            var page = SiteAssertions.Page(Output, file);
            var canonical = page.QuerySelector("link[rel='canonical']")?.GetAttribute("href");
            Assert.Equal("https://chronology.example/" + (file == "index.html" ? string.Empty : file[..^"index.html".Length]), canonical);
            Assert.Equal(canonical, Meta(page, "og:url"));
            var title = page.QuerySelector("h1")!.TextContent.Trim();
            Assert.Equal(file == "index.html" ? "Test chronology" : title, Meta(page, "og:title"));
            Assert.Equal(Meta(page, "og:title"), Meta(page, "twitter:title"));
            Assert.Equal("summary", Meta(page, "twitter:card"));
            Assert.Equal(file.StartsWith("entries/", StringComparison.Ordinal) || file.StartsWith("sources/report", StringComparison.Ordinal) ? "article" : "website", Meta(page, "og:type"));
        }

        var entry = SiteAssertions.Page(Output, Geneva);
        Assert.Equal("The US and Russian foreign ministers met in Geneva.", Meta(entry, "og:description"));
        Assert.Equal(Meta(entry, "og:description"), Meta(entry, "twitter:description"));
    }

    [Fact]
    public void Entry_page_describes_an_event_citing_its_sources_as_news_articles()
    {
        var json = JsonLd(SiteAssertions.Page(Output, Geneva));
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        var ev = json.GetProperty("mainEntity");
        Assert.Equal("Event", ev.GetProperty("@type").GetString());
        Assert.Equal("Blinken and Lavrov meet in Geneva", ev.GetProperty("name").GetString());
        Assert.Equal("2022-01-21", ev.GetProperty("startDate").GetString());
        Assert.Equal("Geneva", ev.GetProperty("location")[0].GetProperty("name").GetString());
        Assert.Equal("https://www.wikidata.org/wiki/Q4775232", ev.GetProperty("about")[0].GetProperty("sameAs").GetString());
        var citation = Assert.Single(json.GetProperty("citation").EnumerateArray());
        Assert.Equal("NewsArticle", citation.GetProperty("@type").GetString());
        Assert.Equal("Blinken warns Lavrov", citation.GetProperty("headline").GetString());
        Assert.Equal("2022-01-21T19:12", citation.GetProperty("datePublished").GetString());

        var interval = JsonLd(SiteAssertions.Page(Output, "entries/2022-01-call-window/index.html")).GetProperty("mainEntity");
        Assert.Equal("2022-01-07", interval.GetProperty("startDate").GetString());
        Assert.Equal("2022-01-09", interval.GetProperty("endDate").GetString());
    }

    [Fact]
    public void Source_page_describes_a_news_article_and_the_home_page_a_website()
    {
        var source = JsonLd(SiteAssertions.Page(Output, "sources/report-b/index.html"));
        Assert.Equal("NewsArticle", source.GetProperty("@type").GetString());
        Assert.Equal("Carrot and stick", source.GetProperty("headline").GetString());
        Assert.Equal("2022-01-07", source.GetProperty("datePublished").GetString());
        Assert.Equal("WebSite", JsonLd(SiteAssertions.Page(Output, "index.html")).GetProperty("@type").GetString());
        Assert.Empty(SiteAssertions.Page(Output, "people/index.html").QuerySelectorAll("script[type='application/ld+json']"));
    }

    [Fact]
    public void A_title_that_closes_the_script_element_stays_inside_the_json_ld_and_the_metadata()
    {
        const string Hostile = "</script><script>alert(1)</script> & \"quotes\" <!-- x";
        var files = SmallSite.Files();
        files["input/entries/2022/2022-01-21-geneva-meeting.yml"] = files["input/entries/2022/2022-01-21-geneva-meeting.yml"]
            .Replace("title: Blinken and Lavrov meet in Geneva", "title: '" + Hostile + "'", StringComparison.Ordinal);
        using var site = new SiteFixture(files);
        Assert.Empty(site.Build().Diagnostics);

        var html = site.ReadOutput(Geneva);
        var page = SiteAssertions.Parse(html);
        var scripts = page.QuerySelectorAll("script");
        var script = Assert.Single(scripts);
        Assert.Equal("application/ld+json", script.GetAttribute("type"));
        Assert.Equal(Hostile, JsonLd(page).GetProperty("mainEntity").GetProperty("name").GetString());
        Assert.DoesNotContain("<", script.TextContent, StringComparison.Ordinal);
        Assert.Equal(Hostile, Meta(page, "og:title"));
        Assert.Equal(Hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(1, CountOf(html, "<script"));
    }

    [Fact]
    public void Calendar_has_an_all_day_event_for_each_entry_dated_to_the_day()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Output, "calendar.ics"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, "line longer than 75 octets: " + line);
        }

        var lines = text.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("VERSION:2.0", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        var events = Events(lines);
        Assert.Equal(["2022-01-call-window@chronology.example", "2022-01-10-geneva-talks@chronology.example", "2022-01-21-geneva-meeting@chronology.example"], events.Select(e => e["UID"]));
        var meeting = events[2];
        Assert.Equal("20220121", meeting["DTSTART;VALUE=DATE"]);
        Assert.Equal("20220122", meeting["DTEND;VALUE=DATE"]);
        Assert.Equal("Blinken and Lavrov meet in Geneva", meeting["SUMMARY"]);
        Assert.Equal("https://chronology.example/entries/2022-01-21-geneva-meeting/", meeting["URL;VALUE=URI"]);
        Assert.StartsWith("21 January 2022. The US and Russian foreign ministers met in Geneva. Neither", meeting["DESCRIPTION"], StringComparison.Ordinal);
        Assert.EndsWith("\\nhttps://chronology.example/entries/2022-01-21-geneva-meeting/", meeting["DESCRIPTION"], StringComparison.Ordinal);
        Assert.Equal("20220110", events[0]["DTEND;VALUE=DATE"]);
        Assert.Equal("TENTATIVE", events[1]["STATUS"]);
        Assert.Equal("diplomacy,security-guarantees", events[1]["CATEGORIES"]);
    }

    [Fact]
    public void Calendar_escapes_commas_semicolons_and_backslashes_and_leaves_out_entries_without_a_day()
    {
        var files = SmallSite.Files();
        files["input/entries/2022/2022-01-21-geneva-meeting.yml"] = files["input/entries/2022/2022-01-21-geneva-meeting.yml"]
            .Replace("title: Blinken and Lavrov meet in Geneva", "title: 'Geneva, again; a\\b — über'", StringComparison.Ordinal);
        files["input/entries/2022/2022-01-month.yml"] = "date: 2022-01\ntitle: A month-long standoff\nsources:\n  - report-b\n";
        using var site = new SiteFixture(files);
        Assert.Empty(site.Build().Diagnostics);

        var lines = site.ReadOutput("calendar.ics").Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");
        var events = Events(lines);
        Assert.Equal(3, events.Count);
        Assert.DoesNotContain(events, e => e["UID"].StartsWith("2022-01-month", StringComparison.Ordinal));
        Assert.Contains(events, e => e["SUMMARY"] == "Geneva\\, again\\; a\\\\b — über");
    }

    [Fact]
    public void Search_index_holds_titles_summaries_quotes_names_and_dates_of_every_entry()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "search.json")));
        var root = json.RootElement;
        Assert.Equal("Antony Blinken · Anthony Blinken", root.GetProperty("names").GetProperty("p").GetProperty("antony-blinken").GetString());
        var entries = root.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["2022-01-call-window", "2022-01-10-geneva-talks", "2022-01-21-geneva-meeting"], entries.Select(e => e.GetProperty("id").GetString()));
        var meeting = entries[2];
        Assert.Equal("Blinken and Lavrov meet in Geneva", meeting.GetProperty("t").GetString());
        Assert.Equal("The US and Russian foreign ministers met in Geneva. Neither expected a breakthrough.", meeting.GetProperty("s").GetString());
        Assert.Equal(["We are committed to diplomacy,"], meeting.GetProperty("q").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(["antony-blinken", "sergey-lavrov"], meeting.GetProperty("p").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal("2022-01-21", meeting.GetProperty("a").GetString());
        Assert.Equal("planned", entries[1].GetProperty("st").GetString());
        Assert.False(meeting.TryGetProperty("st", out _), "occurred is the default and is left out");
        Assert.Equal("2022-01-07", entries[0].GetProperty("a").GetString());
        Assert.Equal("2022-01-09", entries[0].GetProperty("b").GetString());
    }

    [Fact]
    public void Home_page_offers_filters_only_for_names_that_some_entry_has_and_hides_the_form_until_the_script_runs()
    {
        var home = SiteAssertions.Page(Output, "index.html");
        var finder = home.QuerySelector("#finder")!;
        Assert.True(finder.HasAttribute("hidden"));
        Assert.Equal("/search.json", finder.GetAttribute("data-index"));
        Assert.Equal("/js/search.js", home.QuerySelector("script[src]")!.GetAttribute("src"));
        Assert.True(home.QuerySelector("script[src]")!.HasAttribute("defer"));
        Assert.Equal(["", "antony-blinken", "dmytro-kuleba", "sergey-lavrov"], home.QuerySelectorAll("#finder-person option").Select(o => o.GetAttribute("value")));
        Assert.Equal(["", "occurred", "planned"], home.QuerySelectorAll("#finder-status option").Select(o => o.GetAttribute("value")));
        foreach (var control in home.QuerySelectorAll("#finder input, #finder select"))
        {
            Assert.NotNull(home.QuerySelector($"label[for='{control.Id}']"));
        }

        Assert.Empty(SiteAssertions.Page(Output, Geneva).QuerySelectorAll("script[src]"));
    }

    [Fact]
    public void Density_chart_links_each_month_with_entries_and_counts_them()
    {
        var home = SiteAssertions.Page(Output, "index.html");
        var links = home.QuerySelectorAll("figure.density svg a");
        var link = Assert.Single(links);
        Assert.Equal("/2022/01/", link.GetAttribute("href"));
        Assert.Equal("January 2022: 3 entries", link.GetAttribute("aria-label"));
        Assert.Equal(11, home.QuerySelectorAll("figure.density rect.density__cell--0").Length);
        Assert.Equal(["2022-01", "2022-01"], home.QuerySelectorAll("figure.density figcaption time").Select(t => t.GetAttribute("datetime")));

        var person = SiteAssertions.Page(Output, "people/dmytro-kuleba/index.html");
        Assert.Equal("January 2022: 1 entry", person.QuerySelector("figure.density svg a")!.GetAttribute("aria-label"));
        var tag = SiteAssertions.Page(Output, "tags/diplomacy/index.html");
        Assert.Equal("January 2022: 2 entries", tag.QuerySelector("figure.density svg a")!.GetAttribute("aria-label"));
        Assert.NotNull(SiteAssertions.Page(Output, "places/geneva/index.html").QuerySelector("figure.density"));
        Assert.NotNull(SiteAssertions.Page(Output, "organizations/nato/index.html").QuerySelector("figure.density"));
    }

    [Fact]
    public void Every_date_shown_is_a_time_element()
    {
        foreach (var file in SiteAssertions.HtmlFiles(Output))
        {
            var page = SiteAssertions.Page(Output, file);
            foreach (var date in page.QuerySelectorAll(".card__date, .entry__date, .citation__published, .pager__date, .source-list__date, .meta-list__date, .density__caption"))
            {
                Assert.True(date.QuerySelectorAll("time[datetime]").Length > 0, $"{file}: '{date.TextContent}' is not in a time element");
            }
        }
    }

    [Fact]
    public void Calendar_is_linked_from_every_page()
    {
        foreach (var file in SiteAssertions.HtmlFiles(Output))
        {
            var page = SiteAssertions.Page(Output, file);
            Assert.Equal("/calendar.ics", page.QuerySelector("link[rel='alternate'][type='text/calendar']")?.GetAttribute("href"));
        }
    }

    private static string? Meta(AngleSharp.Dom.IDocument page, string name) =>
        page.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content");

    private static JsonElement JsonLd(AngleSharp.Dom.IDocument page)
    {
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.Clone();
    }

    private static int CountOf(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private static List<Dictionary<string, string>> Events(string[] lines)
    {
        var events = new List<Dictionary<string, string>>();
        Dictionary<string, string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                current = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (line == "END:VEVENT")
            {
                events.Add(current!);
                current = null;
            }
            else if (current is not null)
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                current[line[..colon]] = line[(colon + 1)..];
            }
        }

        return events;
    }
}
