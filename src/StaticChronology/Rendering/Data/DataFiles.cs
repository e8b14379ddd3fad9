using StaticChronology.Assembly;

namespace StaticChronology.Rendering.Data;

/// <summary>The machine-readable files of the site, written in code rather than templates so they are always well-formed.</summary>
public static class DataFiles
{
    public static IEnumerable<OutputFile> Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, IReadOnlyList<PageJob> pages) =>
        [.. Entries(chronology, urls, markdown), .. Addresses(urls, pages)];

    /// <summary>The files that carry every entry's content: the feeds, chronology.json, the search index and the calendar, made side by side.</summary>
    /// <param name="cache">Keeps each entry's part of the JSON files, so an edit writes only its own part again.</param>
    public static IReadOnlyList<OutputFile> Entries(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, IRenderCache? cache = null)
    {
        // The search index and the calendar carry entries too, so the preview makes them again on every entry change.
        var files = new OutputFile[5];
        Parallel.Invoke(
            () => files[0] = AtomFeed.Render(chronology, urls, markdown),
            () => files[1] = JsonFeed.Render(chronology, urls, markdown, Keep(cache, JsonFeed.FileName)),
            () => files[2] = ChronologyData.Render(chronology, urls, Keep(cache, ChronologyData.FileName)),
            () => files[3] = SearchIndex.Render(chronology, markdown),
            () => files[4] = CalendarFile.Render(chronology, urls, markdown));
        return files;
    }

    private static Func<Model.Entry, Func<byte[]>, byte[]>? Keep(IRenderCache? cache, string file) =>
        cache is null ? null : (entry, make) => cache.Fragment(file, entry, make);

    /// <summary>The files that list only the site's addresses: the sitemap and robots.txt.</summary>
    public static IReadOnlyList<OutputFile> Addresses(SiteUrls urls, IReadOnlyList<PageJob> pages) =>
    [
        Sitemap.Render(urls, pages),
        new OutputFile("robots.txt", Utf8.Bytes($"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(urls.File("sitemap.xml"))}\n"), "data", null),
    ];
}
