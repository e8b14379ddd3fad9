using System.Text;
using StaticChronology.Diagnostics;
using StaticChronology.Output;
using StaticChronology.Pipeline;
using StaticChronology.Rendering;
using StaticChronology.Tests.Sites;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Output;

/// <summary>
/// <c>chrono build</c> writes each file as it is rendered and checks links from what each page links to and the
/// ids it has: the same site, the same diagnostics and the same all-or-nothing output as a build that keeps every file.
/// </summary>
public sealed class StreamedBuildTests
{
    [Fact]
    public void The_repository_builds_to_the_same_bytes_whether_files_are_kept_or_written_as_rendered()
    {
        using var temp = new TempFolder();
        var kept = Build(Repository.Input, Repository.Theme, temp.Combine("kept"), Repository.Root, keep: true);
        var streamed = Build(Repository.Input, Repository.Theme, temp.Combine("streamed"), Repository.Root, keep: false);

        Assert.True(kept.Succeeded);
        Assert.True(streamed.Succeeded);
        Assert.Empty(streamed.Files);
        Assert.Equal(kept.Made.Select(f => (f.Path, f.Kind, f.Origin)), streamed.Made.Select(f => (f.Path, f.Kind, f.Origin)));
        Assert.Equal(kept.FilesByKind.ToList(), streamed.FilesByKind.ToList());
        DeterminismTests.AssertSameTree(temp.Combine("kept"), temp.Combine("streamed"));
    }

    [Fact]
    public void A_site_under_a_base_path_is_the_same_either_way()
    {
        using var site = new SiteFixture(SmallSite.Files());
        const string BaseUrl = "https://example.org/chronology/";
        var kept = Build(site.InputRoot, site.ThemeRoot, site.Combine("kept"), site.Root, keep: true, BaseUrl);
        var streamed = Build(site.InputRoot, site.ThemeRoot, site.Combine("streamed"), site.Root, keep: false, BaseUrl);

        Assert.True(kept.Succeeded);
        Assert.True(streamed.Succeeded);
        DeterminismTests.AssertSameTree(site.Combine("kept"), site.Combine("streamed"));
    }

    [Fact]
    public void Broken_links_and_missing_ids_are_found_without_the_pages_being_kept_and_nothing_is_published()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(Build(site.InputRoot, site.ThemeRoot, site.OutputRoot, site.Root, keep: false).Succeeded);
        var before = Snapshot(site.OutputRoot);
        site.Write("input/entries/2022/2022-01-22-links.yml", """
            date: 2022-01-22
            title: Links
            summary: See [nothing](/entries/no-such-entry/), [no id](/entries/2022-01-10-geneva-talks/#no-such-id) and [the sources](/entries/2022-01-10-geneva-talks/#sources).
            sources: [report-b]
            """);

        var kept = Build(site.InputRoot, site.ThemeRoot, site.Combine("kept"), site.Root, keep: true);
        var streamed = Build(site.InputRoot, site.ThemeRoot, site.OutputRoot, site.Root, keep: false);

        var broken = streamed.Diagnostics.Where(d => d.Code == DiagnosticCodes.BrokenLink).Select(d => d.ToString()).ToList();
        Assert.Equal(2, broken.Count);
        Assert.Contains(broken, d => d.Contains("'/entries/no-such-entry/'", StringComparison.Ordinal) && d.Contains("no such page", StringComparison.Ordinal));
        Assert.Contains(broken, d => d.Contains("no element with id 'no-such-id' on entries/2022-01-10-geneva-talks/index.html", StringComparison.Ordinal));
        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(before, Snapshot(site.OutputRoot));
        Assert.False(Directory.Exists(site.Combine(".output.staging")));
        Assert.False(Directory.Exists(site.Combine("kept")));
    }

    [Fact]
    public void Two_pages_at_one_address_are_reported_from_the_scans_as_from_the_files()
    {
        using var site = new SiteFixture(SmallSite.Files());
        site.Write("input/pages/people.md", "---\ntitle: People again\n---\nA page where the people section is.\n");

        var kept = Build(site.InputRoot, site.ThemeRoot, site.Combine("kept"), site.Root, keep: true);
        var streamed = Build(site.InputRoot, site.ThemeRoot, site.OutputRoot, site.Root, keep: false);

        Assert.Contains(streamed.Diagnostics, d => d.Code == DiagnosticCodes.UrlCollision);
        Assert.Equal(kept.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
        Assert.False(Directory.Exists(site.OutputRoot));
        Assert.False(Directory.Exists(site.Combine(".output.staging")));
    }

    [Fact]
    public void A_check_that_keeps_nothing_writes_nothing()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var result = new BuildPipeline(new BuildOptions(site.InputRoot, site.ThemeRoot, site.OutputRoot, site.Root, WriteOutput: false, KeepFiles: false)).Run();

        Assert.True(result.Succeeded);
        Assert.Contains(result.Made, f => f.Path == "entries/2022-01-21-geneva-meeting/index.html");
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.Root, ".output*"));
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    [Fact]
    public void A_staged_site_that_is_not_committed_leaves_the_previous_site_as_it_was()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        Assert.Equal(1, SiteWriter.Write(output, [File("index.html", "<p>old</p>")], new DiagnosticBag()));

        using (var staged = SiteWriter.Begin(output))
        {
            staged.Add(File("index.html", "<p>new</p>"), new DiagnosticBag());
            staged.Add(File("entries/x/index.html", "<p>x</p>"), new DiagnosticBag());
        }

        Assert.Equal("<p>old</p>", System.IO.File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "entries")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_that_cannot_be_written_is_an_error_and_nothing_is_published()
    {
        using var temp = new TempFolder();
        var output = temp.Combine("site");
        var diagnostics = new DiagnosticBag();

        // A file named like a folder another file needs: the second cannot be written.
        var written = SiteWriter.Write(output, [File("index.html", "<p>home</p>"), File("entries", "x"), File("entries/x/index.html", "<p>x</p>")], diagnostics);

        Assert.Equal(0, written);
        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal(DiagnosticCodes.OutputError, error.Code);
        Assert.Contains("output file 'entries/x/index.html' could not be written", error.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void The_scanner_keeps_one_string_for_a_value_that_many_pages_carry()
    {
        var scanner = new LinkScanner();
        var first = scanner.Scan(File("a/index.html", "<a href=\"/people/\">P</a><p id=\"z\"></p><a href=\"/people/\">again</a><img src=\"/img.png\" alt=\"\"><h2 id=\"a\">"));
        var second = scanner.Scan(File("b/index.html", "<a href=\"/people/\">P</a><a href=\"/kyiv/#caf%C3%A9\">café</a><a href=\"/entries/kyïv/\">K</a>"));
        var feed = scanner.Scan(File("feed.xml", "<link href=\"/people/\"/>"));

        Assert.Equal(["/people/", "/img.png"], first.Links);
        Assert.Equal(["a", "z"], first.Ids);
        Assert.Equal(["/people/", "/kyiv/#caf%C3%A9", "/entries/kyïv/"], second.Links);
        Assert.Same(first.Links[0], second.Links[0]);
        Assert.True(first.HasId("z"));
        Assert.False(first.HasId("y"));
        Assert.Empty(feed.Links);
        Assert.Empty(feed.Ids);
    }

    private static BuildResult Build(string input, string theme, string output, string root, bool keep, string? baseUrl = null) =>
        new BuildPipeline(new BuildOptions(input, theme, output, root, baseUrl, KeepFiles: keep)).Run();

    private static OutputFile File(string path, string html) => new(path, Encoding.UTF8.GetBytes(html), "page", null);

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(p))), StringComparer.Ordinal);
}
