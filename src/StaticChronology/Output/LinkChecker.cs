using System.Net;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Checks that every internal link and <c>#fragment</c> in the generated HTML resolves to a generated file and id.</summary>
/// <remarks>
/// A page is checked from its <see cref="LinkScan"/>: the addresses it links to and the ids it has, read
/// from its bytes once. A full build scans each page as it is rendered and written, so no page has to be
/// held until every other exists; the preview server, which keeps its pages, scans on demand and only the
/// pages it must look at again.
/// </remarks>
public static class LinkChecker
{
    private static readonly System.Buffers.SearchValues<char> PlainPathCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_.~");

    /// <summary>Checks every page of a site held in memory.</summary>
    public static void Check(IReadOnlyList<OutputFile> files, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var scanner = new LinkScanner();
        var scans = new LinkScan[files.Count];
        Parallel.For(0, files.Count, i => scans[i] = scanner.Scan(files[i]));
        Check(scans, urls, diagnostics);
    }

    /// <summary>Checks every page of a site from the scans of all its files.</summary>
    public static void Check(IReadOnlyList<LinkScan> files, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var byPath = ByPath<LinkScan, ILinkTarget>(files, f => f);
        var pages = files.Where(f => f.IsHtml).ToList();
        Report(Find(pages, urls, path => byPath.GetValueOrDefault(path)).SelectMany(p => p.Broken), diagnostics);
    }

    /// <summary>The links of each of <paramref name="pages"/>, checked against every file of the site; only the pages and targets looked at are scanned.</summary>
    public static IReadOnlyList<PageLinks> Find(IReadOnlyList<OutputFile> files, IReadOnlyList<OutputFile> pages, SiteUrls urls)
    {
        var scanner = new LinkScanner();
        var byPath = ByPath<OutputFile, ILinkTarget>(files, f => new HeldFile(f, scanner));
        var scans = new LinkScan[pages.Count];
        Parallel.For(0, pages.Count, i => scans[i] = scanner.Scan(pages[i]));
        return Find(scans, urls, path => byPath.GetValueOrDefault(path));
    }

    /// <summary>
    /// The links of each of a few <paramref name="pages"/>, checked against the site's files as <paramref name="file"/> finds
    /// them by path (null where there is none): nothing is done for the files not linked to.
    /// </summary>
    public static IReadOnlyList<PageLinks> Find(IReadOnlyList<OutputFile> pages, Func<string, OutputFile?> file, SiteUrls urls)
    {
        var scanner = new LinkScanner();
        var scans = new LinkScan[pages.Count];
        Parallel.For(0, pages.Count, i => scans[i] = scanner.Scan(pages[i]));

        // One target per path, so that a file many links point into has its ids read once.
        var targets = new System.Collections.Concurrent.ConcurrentDictionary<string, HeldFile?>(StringComparer.Ordinal);
        return Find(scans, urls, path => targets.GetOrAdd(path, p => file(p) is { } found ? new HeldFile(found, scanner) : null));
    }

    /// <summary>Reports broken links; a broken link in a layout breaks every page, so it is said once, not once per page.</summary>
    public static void Report(IEnumerable<BrokenLink> broken, DiagnosticBag diagnostics)
    {
        foreach (var group in broken.GroupBy(b => (b.Href, b.Problem)))
        {
            var pages = group.OrderBy(b => b.Path, StringComparer.Ordinal).ToList();
            var first = pages[0];
            var where = pages.Count == 1 ? "on page " + first.Path : $"on {pages.Count} pages, first {first.Path}";
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BrokenLink,
                pages.Count == 1 && first.Origin is not null ? first.Origin : SourceLocation.FileStart(first.Path),
                $"broken link '{group.Key.Href}' {where}: {group.Key.Problem}",
                pages.Count == 1 && first.Origin is not null ? "check the ids this file refers to" : "check the theme's templates"));
        }
    }

    // Two files at one path are the collision checker's to report; here the first one stands for both.
    private static Dictionary<string, TFile> ByPath<T, TFile>(IReadOnlyList<T> files, Func<T, TFile> select)
        where T : ISiteFile
    {
        var byPath = new Dictionary<string, TFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.TryAdd(file.Path, select(file));
        }

        return byPath;
    }

    private static PageLinks[] Find(IReadOnlyList<LinkScan> pages, SiteUrls urls, Func<string, ILinkTarget?> target)
    {
        var results = new PageLinks[pages.Count];
        var site = new Uri("http://site.invalid" + urls.BasePath);
        Parallel.For(0, pages.Count, i => results[i] = CheckPage(pages[i], urls, site, target));
        return results;
    }

    private static PageLinks CheckPage(LinkScan page, SiteUrls urls, Uri site, Func<string, ILinkTarget?> target)
    {
        List<BrokenLink>? broken = null;
        HashSet<string>? fragmentTargets = null;
        Uri? pageUri = null;
        foreach (var raw in page.Links)
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
                pageUri ??= new Uri(site, page.Path == "404.html" ? urls.BasePath : urls.BasePath + page.Path);
                var href = WebUtility.HtmlDecode(raw);
                if (!Uri.TryCreate(pageUri, href, out var resolved) || resolved.Host != site.Host || resolved.Scheme != site.Scheme)
                {
                    continue;
                }

                path = Uri.UnescapeDataString(resolved.AbsolutePath);
                fragment = resolved.Fragment;
            }

            var inside = path.StartsWith(urls.BasePath, StringComparison.Ordinal);
            var problem = inside ? Resolve(path[urls.BasePath.Length..], fragment, target) : "it points outside the site";
            if (inside && fragment.Length > 1)
            {
                (fragmentTargets ??= new(StringComparer.Ordinal)).Add(TargetPath(path[urls.BasePath.Length..]));
            }

            if (problem is not null)
            {
                (broken ??= []).Add(new BrokenLink(page.Path, page.Origin, raw, problem));
            }
        }

        return new PageLinks(page.Path, broken is null ? [] : [.. broken], fragmentTargets is null ? [] : [.. fragmentTargets]);
    }

    private static bool IsPlainPath(string raw) =>
        raw.Length > 0 && raw[0] == '/' && (raw.Length == 1 || raw[1] != '/')
        && raw.AsSpan().IndexOfAnyExcept(PlainPathCharacters) < 0 && !raw.Contains("/.", StringComparison.Ordinal);

    private static string TargetPath(string relative) => relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;

    private static string? Resolve(string relative, string fragment, Func<string, ILinkTarget?> target)
    {
        var candidate = TargetPath(relative);
        if (target(candidate) is not { } found)
        {
            return "no such page";
        }

        if (fragment.Length <= 1 || !found.IsHtml)
        {
            return null;
        }

        var id = Uri.UnescapeDataString(fragment[1..]);
        return found.HasId(id) ? null : $"no element with id '{id}' on {candidate}";
    }

    /// <summary>A file of a site held in memory, as a link target: its ids are read the first time a fragment points into it.</summary>
    private sealed class HeldFile(OutputFile file, LinkScanner scanner) : ILinkTarget
    {
        private readonly Lazy<string[]> _ids = new(() => scanner.Ids(file.Content), LazyThreadSafetyMode.ExecutionAndPublication);

        public bool IsHtml => file.IsHtml;

        public bool HasId(string id) => LinkScan.Contains(_ids.Value, id);
    }
}
