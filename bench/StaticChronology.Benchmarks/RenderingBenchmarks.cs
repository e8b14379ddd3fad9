using BenchmarkDotNet.Attributes;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Benchmarks;

/// <summary>Template rendering: every page, feed and data file of an assembled chronology, through the parsed theme.</summary>
[MemoryDiagnoser]
public class RenderingBenchmarks
{
    private readonly MarkdownRenderer _markdown = new();
    private BenchmarkSite _site = null!;
    private Assembly.Chronology _chronology = null!;
    private ThemeTemplates _theme = null!;

    [Params(1000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = new BenchmarkSite(Entries);
        _chronology = _site.Assemble();
        _theme = _site.Theme();
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Delete();

    [Benchmark]
    public int RenderSite() => new SiteRenderer(_theme, _markdown).Render(_chronology, new RenderOptions(), new DiagnosticBag()).Length;
}
