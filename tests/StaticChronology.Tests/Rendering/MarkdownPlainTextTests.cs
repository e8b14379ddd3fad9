using CsCheck;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;
using StaticChronology.Tests.Fuzz;

namespace StaticChronology.Tests.Rendering;

/// <summary>An entry's summary as HTML and as plain text from one parse: the same as rendering each from a parse of its own.</summary>
public sealed class MarkdownPlainTextTests
{
    [Fact]
    public void For_random_markdown_html_and_plain_text_from_one_parse_equal_those_from_two()
    {
        var renderer = new MarkdownRenderer();
        FuzzInputs.Markdown.Sample(markdown =>
        {
            var origin = new SourceLocation("input/entries/2022/x.yml", 4, 3);
            var once = new DiagnosticBag();
            var twice = new DiagnosticBag();

            var (html, plain) = renderer.RenderWithPlainText(markdown, origin, once, "/base/");

            Assert.Equal(renderer.Render(markdown, origin, twice, "/base/"), html);
            Assert.Equal(renderer.ToPlainText(markdown), plain);
            Assert.Equal(twice.ToSortedArray().ToArray(), once.ToSortedArray().ToArray());
        }, iter: 1_000);
    }

    [Fact]
    public void A_remembering_renderer_gives_the_same_html_plain_text_and_warnings_from_one_parse()
    {
        const string markdown = "See [x](javascript:alert(1)) and *this*.";
        var origin = new SourceLocation("input/entries/2022/x.yml", 4, 3);
        var renderer = new MarkdownRenderer(remember: true);
        var first = new DiagnosticBag();
        var again = new DiagnosticBag();

        var (html, plain) = renderer.RenderWithPlainText(markdown, origin, first);

        Assert.Equal("<p>See x and <em>this</em>.</p>", html.Value);
        Assert.Equal("See x and this.", plain);
        Assert.Equal(html, renderer.Render(markdown, origin, again));
        Assert.Equal(plain, renderer.ToPlainText(markdown));
        Assert.Equal(DiagnosticCodes.UnsafeLink, Assert.Single(first.ToSortedArray()).Code);
        Assert.Equal(first.ToSortedArray().ToArray(), again.ToSortedArray().ToArray());
    }
}
