using System.Diagnostics;
using System.Text.Json;
using System.Xml.Linq;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>Data from input files is escaped everywhere it lands and is never run as a template; template limits stop runaway loops.</summary>
public sealed class TemplateSafetyTests
{
    private const string HostileTitle = "<script>alert(1)</script>\" onmouseover=\"x' onfocus='y";

    [Fact]
    public void A_hostile_title_and_names_are_escaped_on_every_page_in_every_attribute_and_data_file()
    {
        var files = SmallSite.Files();
        files["input/entries/2022/2022-01-10-geneva-talks.yml"] = $"""
            date: 2022-01-10
            title: '{HostileTitle.Replace("'", "''", StringComparison.Ordinal)}'
            summary: '{HostileTitle.Replace("'", "''", StringComparison.Ordinal)}'
            tags: [diplomacy]
            people: [antony-blinken]
            sources:
              - source: report-b
                quote: Talks between the USA and Russia are planned in Geneva
            """;
        files["input/people.yml"] = files["input/people.yml"].Replace("name: Antony Blinken", "name: '</title><script>alert(3)</script>'", StringComparison.Ordinal);
        using var site = new SiteFixture(files);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var file in SiteAssertions.HtmlFiles(site.OutputRoot))
        {
            var raw = site.ReadOutput(file);
            Assert.DoesNotContain("<script>alert", raw, StringComparison.Ordinal);
            var page = SiteAssertions.Page(site.OutputRoot, file);
            HostileMarkdownTests.AssertInert(page, file);
            foreach (var data in page.QuerySelectorAll("script[type='application/ld+json']"))
            {
                // Structured data must stay valid JSON that carries the text as it was written.
                using var json = JsonDocument.Parse(data.TextContent);
                Assert.DoesNotContain("</script", data.TextContent, StringComparison.OrdinalIgnoreCase);
            }
        }

        var entry = SiteAssertions.Page(site.OutputRoot, "entries/2022-01-10-geneva-talks/index.html");
        Assert.Equal(HostileTitle, entry.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(HostileTitle, entry.Title, StringComparison.Ordinal);
        // In attributes the quotes stay inside the value: the whole title comes back from one attribute.
        Assert.Contains(HostileTitle, entry.QuerySelector("meta[name='description']")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Contains(HostileTitle, entry.QuerySelector(".entry__summary")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(SiteAssertions.Page(site.OutputRoot, "index.html").QuerySelectorAll("main a"), a => a.TextContent.Contains(HostileTitle, StringComparison.Ordinal));

        using var feed = JsonDocument.Parse(site.ReadOutput("feed.json"));
        Assert.Contains(feed.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString()!.EndsWith(": " + HostileTitle, StringComparison.Ordinal));
        var atom = XDocument.Parse(site.ReadOutput("feed.xml"));
        Assert.Contains(atom.Descendants(XName.Get("title", "http://www.w3.org/2005/Atom")), t => t.Value.EndsWith(": " + HostileTitle, StringComparison.Ordinal));
        using var chronologyJson = JsonDocument.Parse(site.ReadOutput("chronology.json"));
        Assert.Contains(HostileTitle, Strings(chronologyJson.RootElement));
    }

    [Fact]
    public void Template_syntax_in_every_kind_of_input_text_is_printed_literally()
    {
        var files = SmallSite.Files();
        files["input/entries/2022/2022-01-10-geneva-talks.yml"] = """
            date: 2022-01-10
            title: "{{ site.title }} {{ for x in 1..3 }}loop{{ end }}"
            summary: "{% raw %} {{ include 'entry-card' }}"
            tags: [diplomacy]
            sources:
              - source: report-b
                quote: Talks between the USA and Russia are planned in Geneva
            annotations:
              - kind: note
                text: "{{ page.title | string.upcase }}"
            """;
        files["input/places.yml"] = "- id: geneva\n  name: \"{{ 6 * 7 }}\"\n";
        using var site = new SiteFixture(files);

        Assert.True(site.Build().Succeeded);

        var entry = SiteAssertions.Page(site.OutputRoot, "entries/2022-01-10-geneva-talks/index.html");
        var main = entry.QuerySelector("main")!.TextContent;
        Assert.Equal("{{ site.title }} {{ for x in 1..3 }}loop{{ end }}", entry.QuerySelector("h1")!.TextContent);
        Assert.Contains("{% raw %} {{ include 'entry-card' }}", main, StringComparison.Ordinal);
        Assert.Contains("{{ page.title | string.upcase }}", main, StringComparison.Ordinal);
        Assert.DoesNotContain("looploop", main, StringComparison.Ordinal);
        Assert.Contains("{{ 6 * 7 }}", SiteAssertions.Page(site.OutputRoot, "places/geneva/index.html").QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ for i in 1..100000000 }}x{{ end }}")]
    [InlineData("{{ while true }}x{{ end }}")]
    [InlineData("{{ for i in 1..2000 }}{{ for j in 1..2000 }}{{ end }}{{ end }}")]
    [InlineData("{{ func f(n); ret f(n + 1); end; f(0) }}")]
    public void A_runaway_loop_or_recursion_in_a_template_stops_with_an_error_at_its_position(string body)
    {
        using var theme = new TempFolder();
        CopyTheme(Repository.Theme, theme.Path);
        File.WriteAllText(Path.Combine(theme.Path, "layouts", "terms.html"), "<h1>{{ kind_plural }}</h1>\n" + body + "\n");
        using var site = new SiteFixture(SmallSite.Files(), theme.Path);
        var clock = Stopwatch.StartNew();

        var result = site.Build();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"took {clock.Elapsed}");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("CHR501", error.Code);
        Assert.EndsWith("layouts/terms.html", error.Location.Path, StringComparison.Ordinal);
        Assert.Equal(2, error.Location.Line);
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    [Fact]
    public void A_partial_that_includes_itself_stops_at_the_recursion_limit()
    {
        using var theme = new TempFolder();
        CopyTheme(Repository.Theme, theme.Path);
        File.WriteAllText(Path.Combine(theme.Path, "partials", "loop.html"), "{{ include 'loop' }}");
        File.WriteAllText(Path.Combine(theme.Path, "layouts", "terms.html"), "<h1>{{ kind_plural }}</h1>\n{{ include 'loop' }}\n");
        using var site = new SiteFixture(SmallSite.Files(), theme.Path);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "CHR501" && d.Location.Path.EndsWith(".html", StringComparison.Ordinal));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    internal static void CopyTheme(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
