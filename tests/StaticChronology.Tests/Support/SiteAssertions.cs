using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticChronology.Tests.Support;

/// <summary>Checks on a built site that hold for every chronology, used for test sites and the repository's own.</summary>
public static class SiteAssertions
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    public static IDocument Page(string outputRoot, string relativePath) =>
        Parse(File.ReadAllText(Path.Combine(outputRoot, relativePath)));

    public static IEnumerable<string> HtmlFiles(string outputRoot) =>
        Directory.EnumerateFiles(outputRoot, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(outputRoot, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Every same-site link and fragment on every page resolves, checked independently of the build's own checker.</summary>
    public static void AllInternalLinksResolve(string outputRoot, string basePath = "/")
    {
        var site = new Uri("https://site.test" + basePath);
        var idsByFile = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var file in HtmlFiles(outputRoot))
        {
            var document = Page(outputRoot, file);
            var pageUri = new Uri(site, file == "404.html" ? basePath : basePath + file);
            var targets = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var href in targets)
            {
                var uri = new Uri(pageUri, href);
                if (uri.Host != site.Host)
                {
                    continue;
                }

                Assert.StartsWith(basePath, uri.AbsolutePath, StringComparison.Ordinal);
                var relative = Uri.UnescapeDataString(uri.AbsolutePath)[basePath.Length..];
                var target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
                var full = Path.Combine(outputRoot, target);
                if (!File.Exists(full))
                {
                    problems.Add($"{file}: {href} → missing {target}");
                    continue;
                }

                if (uri.Fragment.Length > 1)
                {
                    if (!idsByFile.TryGetValue(target, out var ids))
                    {
                        ids = [.. Page(outputRoot, target).QuerySelectorAll("[id]").Select(e => e.Id!)];
                        idsByFile[target] = ids;
                    }

                    if (!ids.Contains(uri.Fragment[1..]))
                    {
                        problems.Add($"{file}: {href} → no id {uri.Fragment}");
                    }
                }
            }
        }

        Assert.Empty(problems);
    }

    /// <summary>
    /// Structure every page shares: a language, one h1, headings in order, a main landmark, and no inline script: a script is
    /// either a file of the site's own <c>js/</c> folder or a JSON-LD data block, as the CSP demands.
    /// </summary>
    public static void EveryPageIsWellFormed(string outputRoot, string basePath = "/")
    {
        foreach (var file in HtmlFiles(outputRoot))
        {
            var document = Page(outputRoot, file);
            Assert.False(string.IsNullOrEmpty(document.DocumentElement.GetAttribute("lang")), file + " has no lang");
            Assert.True(document.QuerySelectorAll("h1").Length == 1, file + " must have exactly one h1");
            var level = 0;
            foreach (var heading in document.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var next = heading.LocalName[1] - '0';
                Assert.True(next <= level + 1, $"{file}: <{heading.LocalName}> '{heading.TextContent.Trim()}' follows an h{level}");
                level = next;
            }

            Assert.NotNull(document.QuerySelector("main"));
            foreach (var script in document.QuerySelectorAll("script:not([type='application/ld+json'])"))
            {
                Assert.StartsWith(basePath + "js/", script.GetAttribute("src") ?? string.Empty, StringComparison.Ordinal);
                Assert.Equal(string.Empty, script.TextContent);
            }

            Assert.Empty(document.QuerySelectorAll("[style], style"));
            Assert.DoesNotContain(document.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
            var resources = document.QuerySelectorAll("link[href]:not([rel~='canonical']):not([rel~='alternate']), [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            Assert.DoesNotContain(resources, r => r.StartsWith("//", StringComparison.Ordinal) || r.Contains("://", StringComparison.Ordinal));
        }
    }
}
