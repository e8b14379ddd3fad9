using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Net;
using System.Text;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Checks that every internal link and <c>#fragment</c> in the generated HTML resolves to a generated file and id.</summary>
/// <remarks>
/// The HTML is the generator's own, so attributes are always double-quoted and a scan for
/// <c>href="</c>, <c>src="</c> and <c>id="</c> is exact; no HTML parser is needed on the build path.
/// </remarks>
public static class LinkChecker
{
    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.~");

    public static void Check(IReadOnlyList<OutputFile> files, SiteUrls urls, DiagnosticBag diagnostics) =>
        Report(Find(files, [.. files.Where(f => f.IsHtml)], urls).SelectMany(p => p.Broken), diagnostics);

    /// <summary>The links of each of <paramref name="pages"/>, checked against every file of the site.</summary>
    public static IReadOnlyList<PageLinks> Find(IReadOnlyList<OutputFile> files, IReadOnlyList<OutputFile> pages, SiteUrls urls)
    {
        // Two files at one path are the collision checker's to report; here the first one stands for both.
        var byPath = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.TryAdd(file.Path, file);
        }

        var ids = new System.Collections.Concurrent.ConcurrentDictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        FrozenSet<string> IdsOf(OutputFile file) => ids.GetOrAdd(file.Path, _ => AttributeValues(Encoding.UTF8.GetString(file.Content), "id").ToFrozenSet(StringComparer.Ordinal));

        var results = new PageLinks[pages.Count];
        var site = new Uri("http://site.invalid" + urls.BasePath);
        Parallel.For(0, pages.Count, i =>
        {
            var file = pages[i];
            var broken = new List<BrokenLink>();
            var fragmentTargets = new HashSet<string>(StringComparer.Ordinal);
            var html = Encoding.UTF8.GetString(file.Content);
            var pageUri = new Uri(site, file.Path == "404.html" ? urls.BasePath : urls.BasePath + file.Path);
            foreach (var raw in AttributeValues(html, "href").Concat(AttributeValues(html, "src")).Distinct(StringComparer.Ordinal))
            {
                string path;
                var fragment = string.Empty;
                if (IsPlainPath(raw))
                {
                    // Most links are root-relative paths with nothing to decode or normalise; they skip Uri.
                    path = raw;
                }
                else
                {
                    var href = WebUtility.HtmlDecode(raw);
                    if (!Uri.TryCreate(pageUri, href, out var target) || target.Host != site.Host || target.Scheme != site.Scheme)
                    {
                        continue;
                    }

                    path = Uri.UnescapeDataString(target.AbsolutePath);
                    fragment = target.Fragment;
                }

                var inside = path.StartsWith(urls.BasePath, StringComparison.Ordinal);
                var problem = inside ? Resolve(path[urls.BasePath.Length..], fragment, byPath, IdsOf) : "it points outside the site";
                if (inside && fragment.Length > 1)
                {
                    fragmentTargets.Add(TargetPath(path[urls.BasePath.Length..]));
                }

                if (problem is not null)
                {
                    broken.Add(new BrokenLink(file, raw, problem));
                }
            }

            results[i] = new PageLinks(file.Path, [.. broken], [.. fragmentTargets]);
        });
        return results;
    }

    /// <summary>Reports broken links; a broken link in a layout breaks every page, so it is said once, not once per page.</summary>
    public static void Report(IEnumerable<BrokenLink> broken, DiagnosticBag diagnostics)
    {
        foreach (var group in broken.GroupBy(b => (b.Href, b.Problem)))
        {
            var pages = group.OrderBy(b => b.File.Path, StringComparer.Ordinal).ToList();
            var first = pages[0].File;
            var where = pages.Count == 1 ? "on page " + first.Path : $"on {pages.Count} pages, first {first.Path}";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenLink,
                pages.Count == 1 && first.Origin is not null ? first.Origin : SourceLocation.FileStart(first.Path),
                $"broken link '{group.Key.Href}' {where}: {group.Key.Problem}",
                pages.Count == 1 && first.Origin is not null ? "check the ids this file refers to" : "check the theme's templates"));
        }
    }

    private static bool IsPlainPath(string raw) =>
        raw.Length > 0 && raw[0] == '/' && (raw.Length == 1 || raw[1] != '/')
        && raw.AsSpan().IndexOfAnyExcept(PlainPathCharacters) < 0 && !raw.Contains("/.", StringComparison.Ordinal);

    private static string TargetPath(string relative) => relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;

    private static string? Resolve(string relative, string fragment, Dictionary<string, OutputFile> byPath, Func<OutputFile, FrozenSet<string>> idsOf)
    {
        var candidate = TargetPath(relative);
        if (!byPath.TryGetValue(candidate, out var target))
        {
            return "no such page";
        }

        if (fragment.Length <= 1 || !target.IsHtml)
        {
            return null;
        }

        var id = Uri.UnescapeDataString(fragment[1..]);
        return idsOf(target).Contains(id) ? null : $"no element with id '{id}' on {candidate}";
    }

    /// <summary>Every value of the named attribute, written with double quotes, as it stands in the markup.</summary>
    public static IEnumerable<string> AttributeValues(string html, string attribute)
    {
        var marker = " " + attribute + "=\"";
        var index = 0;
        while ((index = html.IndexOf(marker, index, StringComparison.Ordinal)) >= 0)
        {
            var start = index + marker.Length;
            var end = html.IndexOf('"', start);
            if (end < 0)
            {
                yield break;
            }

            yield return html[start..end];
            index = end + 1;
        }
    }
}
