using System.Text.Json;
using AngleSharp.Dom;
using StaticChronology.Pipeline;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Browser;

/// <summary>
/// The repository's site built for the browser, at <see cref="SiteRoutes.Origin"/> so that canonical URLs,
/// scripts and the search index all live where the page is served from.
/// </summary>
public sealed class ServedSite : IDisposable
{
    private readonly TempFolder _temp = new();

    public ServedSite()
    {
        SitePath = _temp.Combine("site");
        Result = new BuildPipeline(new BuildOptions(Repository.Input, Repository.Theme, SitePath, Repository.Root, SiteRoutes.Origin + "/")).Run();
        Assert.Empty(Result.Diagnostics);
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SitePath, "chronology.json")));
        Data = data.RootElement.Clone();
    }

    public string SitePath { get; }

    public BuildResult Result { get; }

    /// <summary>The site's own <c>chronology.json</c>, the independent record tests compare the pages with.</summary>
    public JsonElement Data { get; }

    public IEnumerable<JsonElement> Entries => Data.GetProperty("entries").EnumerateArray();

    public IDocument Page(string relativePath) => SiteAssertions.Page(SitePath, relativePath);

    /// <summary>The entry ids a built page links to inside its main content, in page order, each once.</summary>
    public List<string> EntryIdsLinkedFrom(string relativePath) =>
        [.. Page(relativePath).QuerySelectorAll("main [data-entry]").Select(e => e.GetAttribute("data-entry")!).Distinct()];

    public void Dispose() => _temp.Dispose();
}
