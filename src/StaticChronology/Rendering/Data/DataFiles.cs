using StaticChronology.Assembly;

namespace StaticChronology.Rendering.Data;

/// <summary>The machine-readable files of the site, written in code rather than templates so they are always well-formed.</summary>
public static class DataFiles
{
    public static IEnumerable<OutputFile> Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, IReadOnlyList<PageJob> pages) =>
        [.. Entries(chronology, urls, markdown), .. Addresses(urls, pages)];

    /// <summary>The files that carry every entry's content: the feeds, chronology.json, the search index and the calendar, made side by side.</summary>
    /// <param name="cache">Keeps each entry's part of every file, so an edit writes only its own parts again.</param>
    public static IReadOnlyList<OutputFile> Entries(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, IRenderCache? cache = null)
    {
        var files = new OutputFile[Makers.Length];
        Parallel.For(0, Makers.Length, i => files[i] = Makers[i](chronology, urls, markdown, cache));
        return files;
    }

    /// <summary>The same files, made one after another and each handed to <paramref name="emit"/> as soon as it is made.</summary>
    /// <remarks>
    /// For a build that writes as it renders: the pages already keep every core busy, and each of these
    /// files is large (hundreds of megabytes at 100,000 entries), so making one at a time bounds the memory
    /// they take to the largest of them.
    /// </remarks>
    public static void Entries(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, Action<OutputFile> emit)
    {
        foreach (var make in Makers)
        {
            emit(make(chronology, urls, markdown, null));
        }
    }

    /// <summary>How many files <see cref="Entries(Chronology, SiteUrls, MarkdownRenderer, IRenderCache?)"/> makes.</summary>
    public static int EntryFileCount => Makers.Length;

    private static readonly Func<Chronology, SiteUrls, MarkdownRenderer, IRenderCache?, OutputFile>[] Makers =
    [
        (chronology, urls, markdown, cache) => AtomFeed.Render(chronology, urls, markdown, Keep(cache, AtomFeed.FileName)),
        (chronology, urls, markdown, cache) => JsonFeed.Render(chronology, urls, markdown, Keep(cache, JsonFeed.FileName)),
        (chronology, urls, _, cache) => ChronologyData.Render(chronology, urls, Keep(cache, ChronologyData.FileName)),
        (chronology, _, markdown, cache) => SearchIndex.Render(chronology, markdown, Keep(cache, SearchIndex.FileName)),
        (chronology, urls, markdown, cache) => CalendarFile.Render(chronology, urls, markdown, Keep(cache, CalendarFile.FileName)),
    ];

    private static PartsKeeper? Keep(IRenderCache? cache, string file) =>
        cache is null ? null : new PartsKeeper(cache, file);

    /// <summary>The files that list only the site's addresses: the sitemap and robots.txt.</summary>
    public static IReadOnlyList<OutputFile> Addresses(SiteUrls urls, IReadOnlyList<PageJob> pages) =>
    [
        Sitemap.Render(urls, pages),
        new OutputFile("robots.txt", Utf8.Bytes($"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(urls.File("sitemap.xml"))}\n"), "data", null),
    ];
}
