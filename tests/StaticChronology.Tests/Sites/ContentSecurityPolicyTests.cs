using System.Text.RegularExpressions;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>Pages of the repository's site need nothing that netlify.toml's Content-Security-Policy forbids: no inline script or style, nothing from another host.</summary>
public sealed partial class ContentSecurityPolicyTests : IClassFixture<RepositorySiteTests.Built>
{
    private readonly string _output;

    public ContentSecurityPolicyTests(RepositorySiteTests.Built site)
    {
        Assert.True(site.Result.Succeeded);
        _output = site.SitePath;
    }

    [Fact]
    public void The_policy_allows_only_the_sites_own_origin_and_no_inline_code()
    {
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));
        var policy = PolicyLine().Match(toml).Groups[1].Value;
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_has_inline_script_inline_style_event_handlers_or_resources_from_another_host()
    {
        foreach (var file in SiteAssertions.HtmlFiles(_output))
        {
            var page = SiteAssertions.Page(_output, file);
            // JSON-LD is data, which script-src does not govern; any other script must be one of the site's files.
            foreach (var script in page.QuerySelectorAll("script:not([type='application/ld+json'])"))
            {
                var src = script.GetAttribute("src") ?? string.Empty;
                Assert.True(src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal), $"{file} has an inline or foreign script");
                Assert.Equal(string.Empty, script.TextContent);
            }

            Assert.Empty(page.QuerySelectorAll("style, [style], iframe, frame, object, embed, base"));
            Assert.All(page.QuerySelectorAll("form"), f => Assert.True((f.GetAttribute("action") ?? "/").StartsWith('/'), $"{file} has a form posting elsewhere"));
            Assert.DoesNotContain(page.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            var resources = page.QuerySelectorAll("link[rel~='stylesheet'], link[rel~='icon'], link[rel~='preload'], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            Assert.All(resources, r => Assert.True(r.StartsWith('/') && !r.StartsWith("//", StringComparison.Ordinal), $"{file} loads {r}"));
        }
    }

    [Fact]
    public void The_stylesheets_load_nothing_from_another_host()
    {
        foreach (var css in Directory.EnumerateFiles(_output, "*.css", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(css);
            Assert.DoesNotMatch(@"@import|url\(\s*['""]?(https?:)?//", text);
            Assert.DoesNotContain("expression(", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [GeneratedRegex(@"Content-Security-Policy = ""([^""]+)""")]
    private static partial Regex PolicyLine();
}
