using System.Text.Json;
using StaticChronology.Tests.Support;
using Xunit.Abstractions;

namespace StaticChronology.Tests.Sites;

/// <summary>
/// What a reader downloads: HTML, CSS and script per page, and the search index that only the home page
/// fetches, and only when the search form is used. The figures are printed for docs/readers.md.
/// </summary>
public sealed class PageWeightTests : IClassFixture<PageWeightTests.LargeSite>
{
    private const int Kilobyte = 1024;
    private readonly LargeSite _large;
    private readonly ITestOutputHelper _output;

    public PageWeightTests(LargeSite large, ITestOutputHelper output)
    {
        _large = large;
        _output = output;
    }

    [Fact]
    public void Repository_site_pages_and_search_stay_light()
    {
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        var result = new Pipeline.BuildPipeline(new Pipeline.BuildOptions(Repository.Input, Repository.Theme, site, Repository.Root)).Run();
        Assert.Empty(result.Diagnostics);
        var weights = Weigh(site, result.EntryCount);

        Assert.True(weights.Script < 8 * Kilobyte, $"search.js weighs {weights.Script} bytes");
        Assert.True(weights.Css < 32 * Kilobyte, $"site.css weighs {weights.Css} bytes");
        Assert.True(weights.Index < 2 * Kilobyte * result.EntryCount, $"search.json weighs {weights.Index} bytes");
    }

    [Fact]
    public void Ten_thousand_entries_build_cleanly_with_light_entry_pages_and_an_index_of_under_half_a_kilobyte_an_entry()
    {
        // Every link resolves: the home page, several megabytes long, is written whole.
        Assert.Empty(_large.Result.Diagnostics);
        Assert.Equal(LargeSite.Entries, _large.Result.EntryCount);
        var weights = Weigh(_large.SitePath, LargeSite.Entries);

        Assert.True(weights.MedianEntryPage < 24 * Kilobyte, $"a median entry page weighs {weights.MedianEntryPage} bytes");
        Assert.True(weights.Index < 512 * LargeSite.Entries, $"search.json weighs {weights.Index} bytes");
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_large.SitePath, "search.json")));
        Assert.Equal(LargeSite.Entries, index.RootElement.GetProperty("entries").GetArrayLength());
    }

    private Weights Weigh(string site, int entries)
    {
        long Size(string relative) => new FileInfo(Path.Combine(site, relative)).Length;
        var entryPages = Directory.GetDirectories(Path.Combine(site, "entries")).Select(d => new FileInfo(Path.Combine(d, "index.html")).Length).Order().ToList();
        var weights = new Weights(
            Home: Size("index.html"),
            MedianEntryPage: entryPages[entryPages.Count / 2],
            Css: Size("css/site.css"),
            Script: Size("js/search.js"),
            Index: Size("search.json"),
            IndexGzip: Gzipped(Path.Combine(site, "search.json")),
            HomeGzip: Gzipped(Path.Combine(site, "index.html")));
        _output.WriteLine($"{entries} entries: {weights}");
        _output.WriteLine($"  home page with search used: {weights.Home + weights.Css + weights.Script + weights.Index} bytes; without: {weights.Home + weights.Css + weights.Script}");
        _output.WriteLine($"  median entry page: {weights.MedianEntryPage + weights.Css} bytes (no script)");
        return weights;
    }

    private static long Gzipped(string path)
    {
        using var memory = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(memory, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        using (var file = File.OpenRead(path))
        {
            file.CopyTo(gzip);
        }

        return memory.Length;
    }

    private sealed record Weights(long Home, long MedianEntryPage, long Css, long Script, long Index, long IndexGzip, long HomeGzip);

    /// <summary>A generated chronology of ten thousand entries, built once.</summary>
    public sealed class LargeSite : IDisposable
    {
        public const int Entries = 10_000;
        private readonly TempFolder _temp = new();

        public LargeSite()
        {
            LargeChronology.Write(_temp.Path, Entries);
            SitePath = _temp.Combine("output");
            Result = new Pipeline.BuildPipeline(new Pipeline.BuildOptions(_temp.Combine("input"), Repository.Theme, SitePath, _temp.Path)).Run();
        }

        public string SitePath { get; }

        public Pipeline.BuildResult Result { get; }

        public void Dispose() => _temp.Dispose();
    }
}
