using System.Diagnostics;
using System.Text;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>Pathological Markdown finishes within a fixed budget or is refused as too complex; the sanitizer survives mutation XSS.</summary>
public sealed class MarkdownLimitsTests
{
    /// <summary>Generous for a shared machine; each case takes milliseconds when it is handled right.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    private static readonly SourceLocation Origin = new("input/entries/2022/x.yml", 4, 3);

    public static TheoryData<string, string> Pathological() => new()
    {
        { "open brackets", new string('[', 100_000) },
        { "quote markers", string.Concat(Enumerable.Repeat("> ", 10_000)) + "x" },
        { "bullets on one line", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x" },
        { "ordered markers on one line", string.Concat(Enumerable.Repeat("1. ", 10_000)) + "x" },
        { "a list nested line by line", string.Concat(Enumerable.Range(0, 10_000).Select(i => new string(' ', 2 * i) + "- x\n")) },
        { "quotes nested line by line", string.Concat(Enumerable.Range(1, 2_000).Select(i => new string('>', i) + " x\n")) },
        { "a 10,000-column table", "|" + string.Concat(Enumerable.Repeat(" a |", 10_000)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 10_000)) },
        { "open emphasis", string.Concat(Enumerable.Repeat("*a **b ", 8_000)) },
        { "link openers", string.Concat(Enumerable.Repeat("[a](", 12_000)) },
    };

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_markdown_finishes_within_the_budget_with_html_or_a_too_complex_error(string name, string markdown)
    {
        var renderer = new MarkdownRenderer();
        var bag = new DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var html = renderer.Render(markdown, Origin, bag);
        var plain = renderer.ToPlainText(markdown);

        Assert.True(clock.Elapsed < Budget, $"{name} took {clock.Elapsed}");
        var diagnostics = bag.ToSortedArray();
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.MarkdownTooComplex, d.Code));
        if (diagnostics.IsEmpty)
        {
            var document = SiteAssertions.Parse("<!DOCTYPE html><html><body>" + html.Value + "</body></html>");
            HostileMarkdownTests.AssertInertFragment(document, name);
            Assert.All(document.Body!.QuerySelectorAll("*"), e => Assert.Contains(e.LocalName, FragmentSanitizer.AllowedTags));
        }
        else
        {
            var error = Assert.Single(diagnostics);
            Assert.True(error.IsError);
            Assert.Equal(Origin, error.Location);
            Assert.StartsWith("Markdown too complex", error.Message, StringComparison.Ordinal);
            Assert.Equal(string.Empty, html.Value);
            Assert.Equal(string.Empty, plain);
        }
    }

    [Fact]
    public void A_summary_of_100000_brackets_fails_the_build_at_the_summary_and_other_files_are_still_checked()
    {
        var files = SmallSite.Files();
        files["input/entries/2022/2022-01-05-brackets.yml"] = "date: 2022-01-05\ntitle: Brackets\nsummary: \"" + new string('[', 100_000) + "\"\nsources: [report-b]\n";
        files["input/entries/2022/2022-01-06-bad.yml"] = "date: 2022-01-06\ntitel: Bad\nsources: [report-b]\n";
        using var site = new SiteFixture(files);

        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "CHR202" && d.Location.Path.EndsWith("2022-01-06-bad.yml", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.OutputRoot));
    }

    [Fact]
    public void A_summary_nested_too_deep_is_refused_where_its_text_starts()
    {
        var files = SmallSite.Files();
        var deep = new StringBuilder();
        foreach (var i in Enumerable.Range(0, 200))
        {
            deep.Append("  ").Append(new string(' ', 2 * i)).Append("- x\n");
        }

        files["input/entries/2022/2022-01-05-deep.yml"] = "date: 2022-01-05\ntitle: Deep\nsummary: |\n" + deep + "sources: [report-b]\n";
        using var site = new SiteFixture(files);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("input/entries/2022/2022-01-05-deep.yml:4:3: error CHR503", error.ToString()[..error.ToString().IndexOf(':', error.ToString().IndexOf("CHR", StringComparison.Ordinal))]);
    }

    [Theory]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">")]
    [InlineData("<math><style><img src=x onerror=alert(1)></style></math>")]
    [InlineData("<svg><style><img src=x onerror=alert(1)></style></svg>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")]
    [InlineData("<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>")]
    [InlineData("<p><a href=\"java&#x0A;script:alert(1)\">x</a><a href=\" javascript:alert(1)\">y</a></p>")]
    [InlineData("<template><img src=x onerror=alert(1)></template><select><template><style><img src=x onerror=alert(1)></style></template></select>")]
    [InlineData("<a href=\"https://e.example\" style=\"x:expression(alert(1))\" onclick=\"alert(1)\" class=\"c\" id=\"main\">z</a>")]
    public void The_sanitizer_leaves_nothing_script_capable_after_sanitising_and_reparsing(string html)
    {
        var sanitizer = new FragmentSanitizer();

        var once = sanitizer.Sanitize(html);
        var twice = sanitizer.Sanitize(once);

        foreach (var result in new[] { once, twice })
        {
            var document = SiteAssertions.Parse("<!DOCTYPE html><html><body>" + result + "</body></html>");
            HostileMarkdownTests.AssertInertFragment(document, html);
            Assert.Empty(document.Body!.QuerySelectorAll("[id], [class]"));
            Assert.All(document.Body!.QuerySelectorAll("*"), e => Assert.Contains(e.LocalName, FragmentSanitizer.AllowedTags));
        }
    }
}
