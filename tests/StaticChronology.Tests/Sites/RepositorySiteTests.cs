using StaticChronology.Pipeline;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>Builds the repository's own input/ with its theme and checks the published site.</summary>
public sealed class RepositorySiteTests : IClassFixture<RepositorySiteTests.Built>
{
    private readonly Built _site;

    public RepositorySiteTests(Built site) => _site = site;

    private string Output => _site.SitePath;

    [Fact]
    public void Repository_input_builds_without_errors_or_warnings()
    {
        Assert.Empty(_site.Result.Diagnostics);
        Assert.True(_site.Result.EntryCount >= 10, "the repository's chronology has at least ten entries");
    }

    [Fact]
    public void Every_internal_link_resolves() => SiteAssertions.AllInternalLinksResolve(Output);

    [Fact]
    public void Every_page_has_lang_one_h1_and_no_inline_script() => SiteAssertions.EveryPageIsWellFormed(Output);

    [Fact]
    public void Every_entry_page_shows_its_date_its_sources_and_a_quote_where_one_is_given()
    {
        var entryFiles = Directory.GetDirectories(Path.Combine(Output, "entries"));
        Assert.Equal(_site.Result.EntryCount, entryFiles.Length);
        foreach (var folder in entryFiles)
        {
            var page = SiteAssertions.Page(folder, "index.html");
            var name = Path.GetFileName(folder);
            Assert.True(page.QuerySelectorAll("main time[datetime]").Length > 0, name + " shows no <time datetime>");
            Assert.True(page.QuerySelectorAll("main a[href^='/sources/']").Length > 0, name + " cites no source");
        }
    }

    [Fact]
    public void Home_lists_every_entry()
    {
        var home = SiteAssertions.Page(Output, "index.html");
        var listed = home.QuerySelectorAll("main a[href^='/entries/']").Select(a => a.GetAttribute("href")).Distinct().Count();
        Assert.Equal(_site.Result.EntryCount, listed);
    }

    [Fact]
    public void The_Geneva_meeting_of_21_January_2022_cites_three_sources()
    {
        var geneva = Directory.GetDirectories(Path.Combine(Output, "entries"), "2022-01-21-*geneva*").Single();
        var page = SiteAssertions.Page(geneva, "index.html");
        Assert.NotNull(page.QuerySelector("main time[datetime='2022-01-21']"));
        var sources = page.QuerySelectorAll("main a[href^='/sources/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Equal(3, sources.Count);
    }

    [Fact]
    public void Every_person_place_and_organisation_has_a_page()
    {
        foreach (var (file, folder) in new[] { ("people.yml", "people"), ("places.yml", "places"), ("organizations.yml", "organizations") })
        {
            var ids = File.ReadAllLines(Path.Combine(Repository.Input, file))
                .Where(l => l.StartsWith("- id: ", StringComparison.Ordinal))
                .Select(l => l["- id: ".Length..].Trim());
            foreach (var id in ids)
            {
                Assert.True(File.Exists(Path.Combine(Output, folder, id, "index.html")), $"{folder}/{id}/ missing");
            }
        }
    }

    /// <summary>The repository's site, built once into a temporary folder.</summary>
    public sealed class Built : IDisposable
    {
        private readonly TempFolder _temp = new();

        public Built()
        {
            SitePath = _temp.Combine("site");
            Result = new BuildPipeline(new BuildOptions(Repository.Input, Repository.Theme, SitePath, Repository.Root)).Run();
        }

        public string SitePath { get; }

        public BuildResult Result { get; }

        public void Dispose() => _temp.Dispose();
    }
}
