using CsCheck;
using Markdig;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;
using StaticChronology.Tests.Fuzz;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>
/// The verifier in front of the sanitizer: it refuses anything hostile or unknown, accepts what Markdig writes,
/// and whatever it accepts comes out exactly as the sanitizer would have written it.
/// </summary>
public sealed class FragmentVerifierTests
{
    private static readonly FragmentSanitizer Sanitizer = new();

    // The renderer's settings without its link checks: Markdig's own output, images and foreign schemes included.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();

    /// <summary>Pieces of HTML for random fragments: what Markdig writes, what it never writes, and the ways to smuggle a script.</summary>
    private static readonly string[] HtmlTokens =
    [
        "<p>", "</p>", "<em>", "</em>", "<strong>", "</strong>", "<code>", "</code>", "<pre>", "</pre>", "<blockquote>", "</blockquote>",
        "<ul>", "</ul>", "<ol>", "<ol start=\"3\">", "</ol>", "<li>", "</li>", "<h1>", "</h1>", "<h2>", "</h2>", "<br />", "<br>", "<hr />",
        "<a href=\"https://e.example/a?b=1&amp;c=2\">", "<a href=\"/x\">", "<a href=\"#f\">", "<a href=\"\">", "<a href=\"mailto:a@e.example\">",
        "<a href=\"HTTP://E.EXAMPLE/\">", "<a href=\"a?b:c\">", "<a href=\"x&amp;#58;y\">", "<a href=\"https://e.example\" title=\"t &quot;q&quot; &lt;x&gt;\">",
        "<a href=\"x\" title=\"&amp;{alert(1)}\">", "</a>", "\n", "x", " ", "text", "&amp;", "&lt;", "&gt;", "&quot;", "\"", "'", "\u00A0", "é", "\U0001F600",
        "<a href=\"javascript:alert(1)\">", "<a href=\"java\tscript:alert(1)\">", "<a href=\"&#106;avascript:alert(1)\">", "<a href=x>", "<a HREF=\"x\">",
        "<P>", "<img src=\"x\">", "<script>", "</script>", "<!-- c -->", "<![CDATA[x]]>", "<p style=\"x\">", "<p class=\"c\">", "<p onclick=\"x\">",
        "&nbsp;", "&#60;", "&", "<", ">", "\r", "\u0000", "\u0001", "\uD800", "<svg>", "<math>", "<style>", "<noscript>", "<textarea>", "</br>", "<p/>",
    ];

    [Theory]
    [InlineData("script", "<script>alert(1)</script>")]
    [InlineData("script in a paragraph", "<p>a<script>alert(1)</script></p>")]
    [InlineData("event handler", "<p onclick=\"alert(1)\">x</p>")]
    [InlineData("event handler on a link", "<a href=\"https://e.example/\" onmouseover=\"alert(1)\">x</a>")]
    [InlineData("javascript link", "<p><a href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("mixed-case javascript", "<a href=\"JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("entity-encoded letter", "<a href=\"&#106;avascript:alert(1)\">x</a>")]
    [InlineData("entity-encoded colon", "<a href=\"javascript&#58;alert(1)\">x</a>")]
    [InlineData("hex entity colon", "<a href=\"javascript&#x3A;alert(1)\">x</a>")]
    [InlineData("named entity colon", "<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("ampersand-escaped entity colon", "<a href=\"javascript&amp;#58;alert(1)\">x</a>")]
    [InlineData("tab entity inside the scheme", "<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("tab inside the scheme", "<a href=\"java\tscript:alert(1)\">x</a>")]
    [InlineData("line feed inside the scheme", "<a href=\"java\nscript:alert(1)\">x</a>")]
    [InlineData("leading space", "<a href=\" javascript:alert(1)\">x</a>")]
    [InlineData("vbscript", "<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("data", "<a href=\"data:text/html,alert(1)\">x</a>")]
    [InlineData("a scheme after a query mark", "<a href=\"a?b:c\">x</a>")]
    [InlineData("unquoted attribute", "<a href=x>y</a>")]
    [InlineData("single-quoted attribute", "<a href='https://e.example/'>y</a>")]
    [InlineData("attribute without a value", "<a href>y</a>")]
    [InlineData("two spaces before an attribute", "<a  href=\"x\">y</a>")]
    [InlineData("tab before an attribute", "<a\thref=\"x\">y</a>")]
    [InlineData("repeated attribute", "<a href=\"x\" href=\"javascript:alert(1)\">y</a>")]
    [InlineData("JavaScript include in a title", "<a href=\"x\" title=\"&amp;{alert(1)}\">y</a>")]
    [InlineData("upper-case tag", "<P>x</P>")]
    [InlineData("upper-case link", "<A HREF=\"x\">y</A>")]
    [InlineData("upper-case attribute", "<a HREF=\"x\">y</a>")]
    [InlineData("image", "<p><img src=\"https://e.example/a.png\" alt=\"a\" /></p>")]
    [InlineData("image with onerror", "<img src=x onerror=alert(1)>")]
    [InlineData("comment", "<p>a<!-- b --></p>")]
    [InlineData("comment that hides a tag", "<!--><script>alert(1)</script>-->")]
    [InlineData("CDATA", "<p><![CDATA[<script>alert(1)</script>]]></p>")]
    [InlineData("doctype", "<!DOCTYPE html><p>x</p>")]
    [InlineData("processing instruction", "<?xml version=\"1.0\"?><p>x</p>")]
    [InlineData("style attribute", "<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("class attribute", "<p class=\"x\">y</p>")]
    [InlineData("id attribute", "<h1 id=\"main\">y</h1>")]
    [InlineData("title on a paragraph", "<p title=\"x\">y</p>")]
    [InlineData("start that is not a number", "<ol start=\"1 onclick\">\n<li>x</li>\n</ol>")]
    [InlineData("svg", "<svg onload=\"alert(1)\"></svg>")]
    [InlineData("iframe", "<iframe src=\"https://e.example/\"></iframe>")]
    [InlineData("math and style", "<math><style><img src=x onerror=alert(1)></style></math>")]
    [InlineData("noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    [InlineData("unknown entity", "<p>&nbsp;</p>")]
    [InlineData("numeric entity", "<p>&#60;script&#62;</p>")]
    [InlineData("bare ampersand", "<p>a & b</p>")]
    [InlineData("raw greater-than", "<p>a > b</p>")]
    [InlineData("raw less-than", "<p>a < b</p>")]
    [InlineData("NUL", "<p>a\u0000b</p>")]
    [InlineData("carriage return", "<p>a\rb</p>")]
    [InlineData("self-closing without a space", "<p>a<br/>b</p>")]
    [InlineData("self-closing paragraph", "<p/>")]
    [InlineData("end tag of a void element", "<p>a</br>b</p>")]
    [InlineData("misnested inline elements", "<p><em><strong>x</em></strong></p>")]
    [InlineData("block inside an inline element", "<em><p>x</p></em>")]
    [InlineData("paragraph inside a paragraph", "<p><p>x</p></p>")]
    [InlineData("list inside a paragraph", "<p><ul>\n<li>x</li>\n</ul></p>")]
    [InlineData("heading inside a heading", "<h1><h2>x</h2></h1>")]
    [InlineData("link inside a link", "<a href=\"/a\"><em><a href=\"/b\">x</a></em></a>")]
    [InlineData("list item outside a list", "<li>x</li>")]
    [InlineData("text directly inside a list", "<ul>x<li>y</li></ul>")]
    [InlineData("unclosed element", "<p>x")]
    [InlineData("stray end tag", "x</p>")]
    [InlineData("line break after pre", "<pre>\nx</pre>")]
    public void Hostile_or_unknown_markup_is_not_accepted(string name, string html)
    {
        Assert.True(FragmentVerifier.Accept(html) is null, name);
    }

    [Fact]
    public void Characters_the_html_parser_changes_or_drops_are_not_accepted()
    {
        // Built here rather than in InlineData, where a lone surrogate would not survive the test runner's serialisation.
        foreach (var c in new[] { '\uD800', '\uDC00', '\uFFFE', '\uFDD0', '\u0085', '\u000C', '\u0000', '\r' })
        {
            Assert.True(FragmentVerifier.Accept("<p>a" + c + "b</p>") is null, $"U+{(int)c:X4}");
            Assert.True(FragmentVerifier.Accept("<p><a href=\"https://e.example/\" title=\"a" + c + "b\">x</a></p>") is null, $"U+{(int)c:X4} in a title");
        }

        Assert.Null(FragmentVerifier.Accept("<p>a\U0001F600" + '\uD83D' + "</p>"));
        Assert.NotNull(FragmentVerifier.Accept("<p>a\U0001F600b</p>"));
    }

    [Theory]
    [InlineData("Plain text with *emphasis*, **strong**, `code & <tags>` and a \"quote\".")]
    [InlineData("See [the report](https://example.org/a?b=1&c=2 \"The \\\"report\\\" <x> & 'y'\") and <https://example.org/b>, <mailto:desk@example.org>.")]
    [InlineData("[relative](/sources/) [fragment](#sources) [empty]() [upper](HTTP://EXAMPLE.ORG/) [space](<a b>) [unicode](https://é.example/ü)")]
    [InlineData("# One\n\n## Two\n\nSetext\n======\n\n---\n\n> quoted\n> > twice\n\n- a\n- b\n\n  loose\n\n3. three\n4. four\n\n```\n\nfenced\n```\n\n    indented\n\nline  \nbreak\\\nagain")]
    [InlineData("No-break\u00A0space, é, \U0001F600 and a tab\there.")]
    public void Markdig_output_is_accepted_and_comes_out_as_the_sanitizer_writes_it(string markdown)
    {
        var html = Markdown.ToHtml(markdown, Pipeline);

        var accepted = FragmentVerifier.Accept(html);

        Assert.NotNull(accepted);
        Assert.Equal(Sanitizer.Sanitize(html), accepted);
    }

    [Theory]
    [InlineData("<p>a &quot;b&quot; &amp; &lt;c&gt;</p>\n", "<p>a \"b\" &amp; &lt;c&gt;</p>\n")]
    [InlineData("<p>a<br />\nb</p>\n<hr />\n", "<p>a<br>\nb</p>\n<hr>\n")]
    [InlineData("<p>a\u00A0b</p>", "<p>a&nbsp;b</p>")]
    [InlineData("<p><a href=\"https://e.example/?a=1&amp;b=2\" title=\"&quot;t&quot; &lt;&gt;\">x</a></p>", "<p><a href=\"https://e.example/?a=1&amp;b=2\" title=\"&quot;t&quot; &lt;&gt;\">x</a></p>")]
    [InlineData("", "")]
    public void An_accepted_fragment_is_written_as_the_sanitizer_writes_it(string html, string expected)
    {
        Assert.Equal(expected, FragmentVerifier.Accept(html));
        Assert.Equal(expected, Sanitizer.Sanitize(html));
    }

    [Fact]
    public void The_verifier_accepts_no_element_attribute_or_scheme_beyond_the_allow_list()
    {
        foreach (var (element, attributes) in FragmentVerifier.Accepted())
        {
            Assert.Contains(element, FragmentSanitizer.AllowedTags);
            Assert.All(attributes, a => Assert.Contains(a, FragmentSanitizer.AllowedAttributes));
        }

        Assert.Null(FragmentVerifier.Accept("<a href=\"ftp://e.example/\">x</a>"));
        Assert.Null(FragmentVerifier.Accept("<a href=\"tel:123\">x</a>"));
        Assert.All(FragmentSanitizer.AllowedSchemes, s => Assert.NotNull(FragmentVerifier.Accept($"<a href=\"{s}:x\">y</a>")));
    }

    [Fact]
    public void For_random_markdown_an_accepted_fragment_equals_the_sanitizers_output() =>
        FuzzInputs.Markdown.Sample(markdown =>
        {
            var html = Markdown.ToHtml(markdown, Pipeline);
            if (FragmentVerifier.Accept(html) is { } accepted)
            {
                Assert.Equal(Sanitizer.Sanitize(html), accepted);
            }
        }, iter: 2_000);

    [Fact]
    public void For_random_html_an_accepted_fragment_equals_the_sanitizers_output_and_is_inert()
    {
        var accepted = 0;
        Gen.OneOf(HtmlTokens).Array[0, 16].Select(parts => string.Concat(parts)).Sample(html =>
        {
            if (FragmentVerifier.Accept(html) is { } fast)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(Sanitizer.Sanitize(html), fast);
                HostileMarkdownTests.AssertInertFragment(SiteAssertions.Parse("<!DOCTYPE html><html><body>" + fast + "</body></html>"), html);
            }
        }, iter: 20_000);

        // Most random fragments are refused; enough must be accepted for the comparison to mean something.
        Assert.True(accepted > 500, $"only {accepted} random fragments accepted");
    }

    [Fact]
    public void For_random_markdown_the_renderers_html_is_what_the_sanitizer_leaves_unchanged()
    {
        var renderer = new MarkdownRenderer();
        FuzzInputs.Markdown.Sample(markdown =>
        {
            var html = renderer.Render(markdown, new SourceLocation("input/entries/2022/x.yml", 4, 3), new DiagnosticBag()).Value;
            Assert.Equal(Sanitizer.Sanitize(html), html);
        }, iter: 1_000);
    }
}
