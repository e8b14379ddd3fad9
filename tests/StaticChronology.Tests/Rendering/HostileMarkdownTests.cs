using AngleSharp.Dom;
using StaticChronology.Diagnostics;
using StaticChronology.Pipeline;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>
/// Hostile Markdown in summaries and annotations, each case in its own entry of one site built once;
/// every assertion is on the built page, parsed with AngleSharp as a browser would.
/// </summary>
public sealed class HostileMarkdownTests : IClassFixture<HostileMarkdownTests.Built>
{
    /// <summary>Elements that run, embed or redirect code and belong on no page at all.</summary>
    private static readonly string[] NeverOnAPage =
        ["iframe", "frame", "object", "embed", "applet", "base", "meta[http-equiv]", "link[rel~='import']", "svg script", "svg foreignObject", "svg animate", "svg set", "math"];

    /// <summary>Elements a theme may use (an icon, a search form) but contributors' text must never produce.</summary>
    private static readonly string[] NeverFromInput =
        ["script", "img", "svg", "video", "audio", "source", "picture", "style", "link", "form", "input", "button", "select", "textarea", "noscript", "template"];

    private readonly Built _site;

    public HostileMarkdownTests(Built site) => _site = site;

    [Fact]
    public void The_hostile_site_builds_with_only_unsafe_link_warnings()
    {
        Assert.True(_site.Result.Succeeded, string.Join("\n", _site.Result.Diagnostics));
        Assert.All(_site.Result.Diagnostics, d => Assert.Equal("CHR500", d.Code));
    }

    [Fact]
    public void Raw_script_img_iframe_and_svg_are_shown_as_text_and_no_such_element_exists()
    {
        var summary = Summary("2022-02-01-raw-html");
        AssertNothingScriptCapable(summary);
        Assert.Contains("<script>alert(1)</script>", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"https://evil.example/\"></iframe>", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("<svg onload=alert(1)>", summary.TextContent, StringComparison.Ordinal);
        AssertPageIsInert("2022-02-01-raw-html");
    }

    [Theory]
    [InlineData("plain", "javascript:alert(1)")]
    [InlineData("mixed-case", "JaVaScRiPt:alert(1)")]
    [InlineData("entity", "&#106;avascript:alert(1)")]
    [InlineData("hex-entity-colon", "javascript&#x3A;alert(1)")]
    [InlineData("named-entity-colon", "javascript&colon;alert(1)")]
    [InlineData("tab-inside", "java&#x09;script:alert(1)")]
    [InlineData("newline-inside", "java&#x0A;script:alert(1)")]
    [InlineData("leading-space", "<  javascript:alert(1)>")]
    [InlineData("vbscript", "vbscript:msgbox(1)")]
    [InlineData("data-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    [InlineData("file", "file:///etc/passwd")]
    public void A_link_with_a_forbidden_scheme_keeps_its_text_loses_its_link_and_warns_at_its_line(string name, string destination)
    {
        var entry = "2022-02-02-link-" + name;
        var summary = Summary(entry);
        Assert.Contains("click here", summary.TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.QuerySelectorAll("a"));
        AssertPageIsInert(entry);
        // 'summary: |' is line 3, so the block's second line, where the link is, is line 5 and starts at column 3.
        Assert.NotEmpty(destination);
        AssertWarning(entry, 5, 3);
    }

    [Theory]
    [InlineData("reference", 1)]
    [InlineData("reference-entity", 1)]
    [InlineData("autolink", 1)]
    [InlineData("autolink-vbscript", 1)]
    [InlineData("autolink-data", 1)]
    [InlineData("image-reference", 1)]
    public void Reference_style_links_autolinks_and_images_with_forbidden_schemes_are_not_live(string name, int warnings)
    {
        var entry = "2022-02-03-" + name;
        var summary = Summary(entry);
        Assert.Empty(summary.QuerySelectorAll("a"));
        AssertPageIsInert(entry);
        Assert.Equal(warnings, _site.Result.Diagnostics.Count(d => d.Code == "CHR500" && d.Location.Path.EndsWith("/" + entry + ".yml", StringComparison.Ordinal)));
    }

    [Fact]
    public void Allowed_links_stay_live_with_their_destinations_and_relative_links_are_kept()
    {
        var summary = Summary("2022-02-04-good-links");
        var hrefs = summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["https://example.org/a", "http://example.org/b", "mailto:desk@example.org", "/sources/", "#sources"], hrefs);
    }

    [Fact]
    public void Image_alt_and_title_cannot_break_out_into_attributes()
    {
        var entry = "2022-02-05-image-breakout";
        var summary = Summary(entry);
        AssertPageIsInert(entry);
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Equal("https://example.org/a.png", link.GetAttribute("href"));
        Assert.Equal("t\" onload=\"alert(1)", link.GetAttribute("title"));
        Assert.Equal(["href", "title"], link.Attributes.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.Contains("x\" onerror=\"alert(1)", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_attribute_syntax_stays_literal_text()
    {
        var entry = "2022-02-06-generic-attributes";
        var summary = Summary(entry);
        AssertPageIsInert(entry);
        Assert.Contains("{onclick=alert(1)}", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("{#main .x onmouseover=alert(1)}", summary.TextContent, StringComparison.Ordinal);
        Assert.Empty(summary.QuerySelectorAll("[class], [id]"));
    }

    [Fact]
    public void Code_fence_info_strings_carrying_markup_are_dropped_and_add_no_element_or_attribute()
    {
        var entry = "2022-02-07-code-fence";
        var summary = Summary(entry);
        AssertPageIsInert(entry);
        var blocks = summary.QuerySelectorAll("pre > code");
        Assert.Equal(2, blocks.Length);
        Assert.All(blocks, b => Assert.Empty(b.Attributes));
        Assert.Equal(["pre", "code", "pre", "code"], summary.QuerySelectorAll("*").Select(e => e.LocalName));
        Assert.DoesNotContain("script", summary.InnerHtml.Replace("&lt;script", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Video_links_stay_plain_links_and_remote_images_become_links()
    {
        var entry = "2022-02-08-media";
        var summary = Summary(entry);
        AssertPageIsInert(entry);
        Assert.Equal(
            ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://vimeo.com/1", "https://evil.example/track.png"],
            summary.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Headings_get_no_generated_ids_so_theme_ids_stay_unique()
    {
        var entry = "2022-02-09-headings";
        var page = Page(entry);
        var summary = Summary(entry);
        Assert.Equal(["__proto__", "constructor", "main", "sources"], summary.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.TextContent));
        Assert.Empty(summary.QuerySelectorAll("[id], [name]"));
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("main", Assert.Single(page.QuerySelectorAll("#main")).LocalName);
    }

    [Fact]
    public void Mutation_xss_payloads_leave_nothing_script_capable_on_the_page()
    {
        var entry = "2022-02-10-mutation-xss";
        AssertPageIsInert(entry);
        var summary = Summary(entry);
        Assert.Contains("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">", summary.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_annotations_are_treated_like_summaries()
    {
        var entry = "2022-02-11-annotation";
        AssertPageIsInert(entry);
        var page = Page(entry);
        Assert.Contains("<script>alert(2)</script>", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll("main a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        // 'text: |' is line 8; the annotation's second line is line 10, indented six spaces.
        AssertWarning(entry, 10, 7);
    }

    [Fact]
    public void Every_page_of_the_hostile_site_is_inert()
    {
        foreach (var file in SiteAssertions.HtmlFiles(_site.Output))
        {
            AssertInert(SiteAssertions.Page(_site.Output, file), file);
        }
    }

    /// <summary>A whole page: nothing in it can run code except the theme's own script files, or send the reader elsewhere by a foreign scheme.</summary>
    internal static void AssertInert(IDocument page, string name)
    {
        foreach (var selector in NeverOnAPage)
        {
            Assert.True(page.QuerySelectorAll(selector).Length == 0, $"{name} has a {selector} element");
        }

        // The only scripts allowed are the theme's own files (a root-relative src, nothing inline) and JSON-LD data.
        foreach (var script in page.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("type") == "application/ld+json")
            {
                Assert.False(script.HasAttribute("src"), $"{name}: JSON-LD with a src");
                continue;
            }

            var src = script.GetAttribute("src") ?? string.Empty;
            Assert.True(src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal) && script.TextContent.Length == 0, $"{name}: <script src=\"{src}\">{script.TextContent}");
        }

        // A form submits to the page itself or another page of the site, as the policy's form-action 'self' requires.
        foreach (var form in page.QuerySelectorAll("form"))
        {
            var action = form.GetAttribute("action") ?? string.Empty;
            Assert.True(action.Length == 0 || (action.StartsWith('/') && !action.StartsWith("//", StringComparison.Ordinal)), $"{name}: form action '{action}'");
        }

        foreach (var element in page.All)
        {
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{name}: <{element.LocalName} {attribute.Name}>");
                Assert.NotEqual("style", attribute.Name);
                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcdoc")
                {
                    Assert.True(UrlSchemes.IsSafe(attribute.Value), $"{name}: {attribute.Name}=\"{attribute.Value}\"");
                }
            }
        }
    }

    /// <summary>HTML made from contributors' text, on its own: inert as a page, and none of the elements only a theme may use.</summary>
    internal static void AssertInertFragment(IDocument fragment, string name)
    {
        AssertInert(fragment, name);
        foreach (var selector in NeverFromInput)
        {
            Assert.True(fragment.Body!.QuerySelectorAll(selector).Length == 0, $"{name} made a {selector} element");
        }
    }

    private static void AssertNothingScriptCapable(IElement element)
    {
        foreach (var selector in NeverOnAPage.Concat(NeverFromInput))
        {
            Assert.Empty(element.QuerySelectorAll(selector));
        }
    }

    private void AssertPageIsInert(string entry) => AssertInert(Page(entry), entry);

    private void AssertWarning(string entry, int line, int column)
    {
        var found = _site.Result.Diagnostics.Any(d =>
            d.Code == "CHR500" && !d.IsError && d.Location == new SourceLocation($"input/entries/2022/{entry}.yml", line, column));
        Assert.True(found, $"expected a warning at {line}:{column} of {entry}, got:\n" + string.Join("\n", _site.Result.Diagnostics));
    }

    private IDocument Page(string entry) => SiteAssertions.Page(_site.Output, $"entries/{entry}/index.html");

    private IElement Summary(string entry) => Page(entry).QuerySelector(".entry__summary")!;

    /// <summary>The small site plus one entry per hostile case, built once for the class.</summary>
    public sealed class Built : IDisposable
    {
        public Built()
        {
            var files = SmallSite.Files();
            foreach (var (id, summary, annotation) in Cases())
            {
                var text = $"date: {id[..10]}\ntitle: Case {id}\nsummary: |\n{Indent(summary)}sources: [report-b]\n";
                if (annotation is not null)
                {
                    text += $"annotations:\n  - kind: note\n    text: |\n{Indent(annotation, "      ")}";
                }

                files[$"input/entries/2022/{id}.yml"] = text;
            }

            Fixture = new SiteFixture(files);
            Result = Fixture.Build();
        }

        public SiteFixture Fixture { get; }

        public BuildResult Result { get; }

        public string Output => Fixture.OutputRoot;

        public void Dispose() => Fixture.Dispose();

        private static string Indent(string text, string prefix = "  ") =>
            string.Concat(text.Split('\n').Select(l => prefix + l + "\n"));

        private static IEnumerable<(string Id, string Summary, string? Annotation)> Cases()
        {
            yield return ("2022-02-01-raw-html", "<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n\n<iframe src=\"https://evil.example/\"></iframe> and <svg onload=alert(1)>", null);
            foreach (var (name, destination) in new[]
            {
                ("plain", "javascript:alert(1)"),
                ("mixed-case", "JaVaScRiPt:alert(1)"),
                ("entity", "&#106;avascript:alert(1)"),
                ("hex-entity-colon", "javascript&#x3A;alert(1)"),
                ("named-entity-colon", "javascript&colon;alert(1)"),
                ("tab-inside", "java&#x09;script:alert(1)"),
                ("newline-inside", "java&#x0A;script:alert(1)"),
                ("leading-space", "<  javascript:alert(1)>"),
                ("vbscript", "vbscript:msgbox(1)"),
                ("data-html", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
                ("file", "file:///etc/passwd"),
            })
            {
                yield return ("2022-02-02-link-" + name, $"First line.\n[click here]({destination}) now.", null);
            }

            yield return ("2022-02-03-reference", "See [click here][r].\n\n[r]: javascript:alert(1)", null);
            yield return ("2022-02-03-reference-entity", "See [click here][r].\n\n[r]: &#x6A;avascript:alert(1) \"t\"", null);
            yield return ("2022-02-03-autolink", "See <javascript:alert(1)>.", null);
            yield return ("2022-02-03-autolink-vbscript", "See <VBScript:msgbox(1)>.", null);
            yield return ("2022-02-03-autolink-data", "See <data:text/html,alert(1)>.", null);
            yield return ("2022-02-03-image-reference", "See ![pic][p].\n\n[p]: javascript:alert(1)", null);
            yield return ("2022-02-04-good-links", "[a](https://example.org/a) [b](http://example.org/b) <mailto:desk@example.org> [c](/sources/) [d](#sources)", null);
            yield return ("2022-02-05-image-breakout", "![x\" onerror=\"alert(1)](https://example.org/a.png \"t\\\" onload=\\\"alert(1)\")", null);
            yield return ("2022-02-06-generic-attributes", "Text {onclick=alert(1)}\n\n# Heading {#main .x onmouseover=alert(1)}", null);
            yield return ("2022-02-07-code-fence", "```\"><script>alert(1)</script>\nx\n```\n\n~~~ js onload=alert(1) class=\"x\"\ny\n~~~", null);
            yield return ("2022-02-08-media", "![video](https://www.youtube.com/watch?v=dQw4w9WgXcQ) ![v](https://vimeo.com/1) ![pixel](https://evil.example/track.png)", null);
            yield return ("2022-02-09-headings", "# \\_\\_proto\\_\\_\n\n## constructor\n\n### main\n\n#### sources", null);
            yield return ("2022-02-10-mutation-xss", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">\n\n<math><style><img src=x onerror=alert(1)></style></math>\n\n<svg><style><img src=x onerror=alert(1)></style></svg>", null);
            yield return ("2022-02-11-annotation", "Plain.", "<script>alert(2)</script>\n[x](javascript:alert(2))");
        }
    }
}
