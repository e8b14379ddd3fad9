using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>Templates escape every value, fail on typos with their own position, and never treat data as a template.</summary>
public sealed class TemplateTests
{
    [Fact]
    public void A_typo_in_a_template_fails_the_build_with_the_templates_path_line_and_column()
    {
        using var theme = new TempFolder();
        CopyTheme(Repository.Theme, theme.Path);
        var entryLayout = Path.Combine(theme.Path, "layouts", "entry.html");
        File.WriteAllText(entryLayout, "<h1>{{ entry.title }}</h1>\n<p>{{ entry.titel }}</p>\n");
        using var site = new SiteFixture(SmallSite.Files(), theme.Path);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics.Select(d => d.ToString()).Where(d => d.Contains("titel", StringComparison.Ordinal)).Distinct());
        Assert.Matches(@"layouts/entry\.html:2:\d+: error CHR501: .*titel.*while rendering input/entries/2022/", error);
    }

    [Fact]
    public void A_template_syntax_error_is_reported_at_its_position()
    {
        using var theme = new TempFolder();
        CopyTheme(Repository.Theme, theme.Path);
        File.WriteAllText(Path.Combine(theme.Path, "layouts", "month.html"), "<h1>{{ month.label }}</h1>\n{{ for x in month.entries }}\n");
        using var site = new SiteFixture(SmallSite.Files(), theme.Path);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "CHR501" && d.Location.Path.EndsWith("layouts/month.html", StringComparison.Ordinal));
    }

    [Fact]
    public void Hostile_titles_are_escaped_in_text_and_attributes()
    {
        var files = SmallSite.Files();
        files["input/entries/2022/2022-01-10-geneva-talks.yml"] = """
            date: 2022-01-10
            title: <script>alert(1)</script>" onmouseover="x
            summary: "{{ site.title }} and <img src=x onerror=alert(1)>"
            sources: [report-b]
            """;
        using var site = new SiteFixture(files);

        Assert.True(site.Build().Succeeded);

        foreach (var path in new[] { "entries/2022-01-10-geneva-talks/index.html", "index.html", "2022/01/index.html" })
        {
            var page = SiteAssertions.Page(site.OutputRoot, path);
            // The only scripts are the site's own: its JSON-LD data block and, on the home page, the search script.
            Assert.Empty(page.QuerySelectorAll("img, script:not([type='application/ld+json']):not([src='/js/search.js'])"));
            Assert.True(page.QuerySelectorAll("script[type='application/ld+json']").Length <= 1, path + " has more than one JSON-LD block");
            Assert.DoesNotContain(page.All, e => e.HasAttribute("onmouseover") || e.HasAttribute("onerror"));
        }

        var entry = SiteAssertions.Page(site.OutputRoot, "entries/2022-01-10-geneva-talks/index.html");
        Assert.Contains("<script>alert(1)</script>\" onmouseover=\"x", entry.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("{{ site.title }}", entry.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static void CopyTheme(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
