using System.Text;
using StaticChronology.Diagnostics;
using StaticChronology.Output;
using StaticChronology.Rendering;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Output;

/// <summary>No input can make the build write outside its output folder or two pages share one URL.</summary>
public sealed class OutputPathTests
{
    [Theory]
    [InlineData("../escaped.html")]
    [InlineData("entries/../../escaped.html")]
    [InlineData("/tmp/escaped.html")]
    [InlineData("..\\escaped.html")]
    public void An_output_path_that_leaves_the_output_folder_is_an_error_and_nothing_is_written(string path)
    {
        using var root = new TempFolder();
        var output = root.Combine("site");
        var diagnostics = new DiagnosticBag();
        var origin = new SourceLocation("input/entries/2022/x.yml", 1, 1);
        OutputFile[] files = [new("index.html", Encoding.UTF8.GetBytes("<p>ok</p>"), "home", null), new(path, Encoding.UTF8.GetBytes("owned"), "entry", origin)];

        SiteWriter.Write(output, files, diagnostics);

        var sorted = diagnostics.ToSortedArray();
        if (path.Contains('\\', StringComparison.Ordinal) && Path.DirectorySeparatorChar == '/')
        {
            // On Linux a backslash is an ordinary character in a file name: the file stays inside.
            Assert.Empty(sorted);
            Assert.True(File.Exists(Path.Combine(output, path)));
        }
        else
        {
            var error = Assert.Single(sorted);
            Assert.Equal($"input/entries/2022/x.yml:1:1: error CHR306: output path '{path}' would be written outside the output folder", error.ToString());
            Assert.False(Directory.Exists(output));
        }

        Assert.Empty(Directory.EnumerateFiles(root.Path, "escaped.html", SearchOption.AllDirectories));
        Assert.False(File.Exists("/tmp/escaped.html") && File.ReadAllText("/tmp/escaped.html") == "owned");
    }

    [Fact]
    public void Ids_cannot_name_a_path_outside_the_output_folder()
    {
        using var input = new TestInput();
        input.Write("input/sources/..yml", TestInput.Source);
        input.Write("input/pages/..md", "---\ntitle: x\n---\nx\n");

        var result = input.Load();

        // A name starting with '.' is hidden: named in a warning, never read, so it makes no page.
        Expect.Has(result.Diagnostics, "input/pages/..md:1:1: warning CHR106:");
        Expect.Has(result.Diagnostics, "input/sources/..yml:1:1: warning CHR106:");
        Assert.Empty(result.Input!.Pages);
        Assert.Equal(["geneva-talks"], result.Input.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Output_paths_that_differ_only_by_case_collide_and_name_both_inputs()
    {
        var diagnostics = new DiagnosticBag();
        OutputFile[] files =
        [
            new("entries/a/index.html", [], "entry", new SourceLocation("input/entries/2022/a.yml", 1, 1)),
            new("Entries/A/index.html", [], "entry", new SourceLocation("input/entries/2022/b.yml", 1, 1)),
        ];

        CollisionChecker.Check(files, diagnostics);

        var error = Assert.Single(diagnostics.ToSortedArray());
        Assert.Equal("input/entries/2022/b.yml:1:1: error CHR402: renders to Entries/A/index.html, which input/entries/2022/a.yml also renders to (rename one of them so each has its own URL)", error.ToString());
    }

    [Theory]
    [InlineData("2022", "2022/index.html")]
    [InlineData("people", "people/index.html")]
    [InlineData("sources", "sources/index.html")]
    public void A_page_whose_slug_is_a_section_or_year_url_collides_with_it(string slug, string path)
    {
        var files = SmallSite.Files();
        files[$"input/pages/{slug}.md"] = "---\ntitle: Clash\n---\nText.\n";
        using var site = new SiteFixture(files);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("CHR402", error.Code);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains($"input/pages/{slug}.md", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputRoot));
    }
}
