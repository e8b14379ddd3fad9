using System.Diagnostics;
using System.Reflection;
using CsCheck;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;
using StaticChronology.Rendering;
using StaticChronology.Rendering.Data;
using StaticChronology.Tests.Rendering;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Fuzz;

/// <summary>
/// Random and mutated YAML and Markdown thrown at the loader and the renderer: nothing but the build's
/// own diagnostics comes out, each input finishes within a fixed time, and the HTML is inert.
/// </summary>
/// <remarks>
/// Each property runs CsCheck's default number of samples in the normal test run. To run longer, set
/// CsCheck_Time (seconds per property) or CsCheck_Iter, e.g. CsCheck_Time=300 dotnet test --filter Category=Fuzz.
/// A failure prints the seed; CsCheck_Seed=&lt;seed&gt; replays it.
/// </remarks>
[Trait("Category", "Fuzz")]
public sealed class FuzzTests
{
    /// <summary>Per input; real files take a millisecond or two, and a shared test machine may be slow.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private static readonly HashSet<string> KnownCodes = [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)];

    [Fact]
    public void Random_and_mutated_entry_files_give_only_our_diagnostics_in_bounded_time() =>
        FuzzInputs.Bytes.Sample(bytes => Within(() =>
        {
            var bag = new DiagnosticBag();
            if (TextDecoder.Decode(Path, bytes, bag) is { } text)
            {
                var entry = EntryReader.Read(text, "2022-01-21-x", bag);
                Assert.True(entry is not null || bag.HasErrors, "an entry that failed to read must say why");
            }

            AssertOnlyOurDiagnostics(bag);
        }));

    [Fact]
    public void Random_and_mutated_source_registry_and_page_files_give_only_our_diagnostics() =>
        FuzzInputs.Yaml.Sample(yaml => Within(() =>
        {
            var bag = new DiagnosticBag();
            var text = new SourceText(Path, TextDecoder.NormaliseLineEndings(yaml));
            SourceReader.Read(text, "geneva-talks", bag);
            RegistryReader.Read(text, RegistryKind.Person, bag);
            SettingsReader.Read(text, bag);
            PageReader.Read(text with { Text = "---\n" + text.Text + "\n---\nBody\n" }, "about", bag);
            AssertOnlyOurDiagnostics(bag);
        }));

    [Fact]
    public void Random_markdown_renders_inert_html_with_only_link_and_complexity_diagnostics()
    {
        var renderer = new MarkdownRenderer();
        FuzzInputs.Markdown.Sample(markdown => Within(() =>
        {
            var bag = new DiagnosticBag();
            var html = renderer.Render(markdown, new SourceLocation(Path, 4, 3), bag);
            renderer.ToPlainText(markdown);
            AssertOnlyOurDiagnostics(bag);
            Assert.All(bag.ToSortedArray(), d => Assert.Contains(d.Code, new[] { DiagnosticCodes.UnsafeLink, DiagnosticCodes.MarkdownTooComplex }));
            var document = SiteAssertions.Parse("<!DOCTYPE html><html><body>" + html.Value + "</body></html>");
            HostileMarkdownTests.AssertInertFragment(document, markdown);
            Assert.All(document.Body!.QuerySelectorAll("*"), e => Assert.Contains(e.LocalName, FragmentSanitizer.AllowedTags));
        }));
    }

    [Fact]
    public void Random_text_is_escaped_by_templates_and_never_becomes_markup() =>
        Gen.OneOf(FuzzInputs.Markdown, FuzzInputs.Yaml).Sample(text =>
        {
            var escaped = HtmlText.Escape(text);
            var document = SiteAssertions.Parse("<!DOCTYPE html><html><body><p title=\"" + escaped + "\">" + escaped + "</p></body></html>");
            var p = Assert.Single(document.Body!.Children);
            Assert.Empty(p.Children);
            Assert.Equal(["title"], p.Attributes.Select(a => a.Name));
        });

    [Fact]
    public void Mutated_entries_through_the_whole_pipeline_give_only_our_diagnostics()
    {
        using var site = new SiteFixture(SmallSite.Files());
        const string entry = "input/entries/2022/2022-01-21-geneva-meeting.yml";
        var paths = SmallSite.Files().Keys.ToHashSet(StringComparer.Ordinal);
        // A whole build per sample: fewer samples than the properties above, one at a time on one site.
        Gen.Select(FuzzInputs.Yaml, FuzzInputs.Markdown).Sample(
            (yaml, markdown) =>
            {
                // Encoding.UTF8 writes a lone surrogate as U+FFFD instead of throwing, as an editor would.
                var text = yaml + "\nannotations:\n  - kind: note\n    text: " + StaticChronology.Ingest.Writing.YamlText.Quoted(markdown) + "\n";
                File.WriteAllBytes(site.Combine(entry), System.Text.Encoding.UTF8.GetBytes(text));
                var clock = Stopwatch.StartNew();
                var result = site.Build(write: false);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
                foreach (var diagnostic in result.Diagnostics)
                {
                    Assert.Contains(diagnostic.Code, KnownCodes);
                    Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, diagnostic.ToString());
                    Assert.True(paths.Contains(diagnostic.Location.Path) || diagnostic.Location.Path.EndsWith(".html", StringComparison.Ordinal), diagnostic.ToString());
                }

                foreach (var page in result.Files.Where(f => f.IsHtml))
                {
                    HostileMarkdownTests.AssertInert(SiteAssertions.Parse(System.Text.Encoding.UTF8.GetString(page.Content)), page.Path);
                }
            },
            iter: 25,
            threads: 1);
    }

    private const string Path = "input/entries/2022/2022-01-21-x.yml";

    private static void Within(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        Assert.True(clock.Elapsed < Budget, $"took {clock.Elapsed}");
    }

    private static void AssertOnlyOurDiagnostics(DiagnosticBag bag)
    {
        foreach (var diagnostic in bag.ToSortedArray())
        {
            Assert.Contains(diagnostic.Code, KnownCodes);
            Assert.Equal(Path, diagnostic.Location.Path);
            Assert.True(diagnostic.Location.Line >= 1 && diagnostic.Location.Column >= 1, diagnostic.ToString());
            Assert.DoesNotContain("Exception", diagnostic.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("\n   at ", diagnostic.ToString(), StringComparison.Ordinal);
        }
    }
}
