using StaticChronology.Assembly;

namespace StaticChronology.Rendering.Data;

/// <summary>The machine-readable files of the site, written in code rather than templates so they are always well-formed.</summary>
public static class DataFiles
{
    public static IEnumerable<OutputFile> Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, IReadOnlyList<PageJob> pages)
    {
        yield return AtomFeed.Render(chronology, urls, markdown);
        yield return JsonFeed.Render(chronology, urls, markdown);
        yield return ChronologyData.Render(chronology, urls);
        yield return SearchIndex.Render(chronology, markdown);
        yield return CalendarFile.Render(chronology, urls, markdown);
        yield return Sitemap.Render(urls, pages);
        yield return new OutputFile("robots.txt", Utf8.Bytes($"User-agent: *\nAllow: /\nSitemap: {urls.Absolute(urls.File("sitemap.xml"))}\n"), "data", null);
    }
}
