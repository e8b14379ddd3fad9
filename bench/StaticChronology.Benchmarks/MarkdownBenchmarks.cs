using BenchmarkDotNet.Attributes;
using StaticChronology.Diagnostics;
using StaticChronology.Generate;
using StaticChronology.Rendering;

namespace StaticChronology.Benchmarks;

/// <summary>Markdown: an entry's summary to HTML (with the link checks), to the plain text of cards and feeds, and to both from one parse.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly MarkdownRenderer _renderer = new();
    private string _summary = null!;

    [GlobalSetup]
    public void Setup() => _summary = new SyntheticChronology(10).Entry(3).Summary;

    [Benchmark]
    public string RenderSummary() => _renderer.Render(_summary, SourceLocation.FileStart("entry.yml"), new DiagnosticBag()).Value;

    [Benchmark]
    public string PlainText() => _renderer.ToPlainText(_summary);

    [Benchmark]
    public string RenderSummaryWithPlainText() => _renderer.RenderWithPlainText(_summary, SourceLocation.FileStart("entry.yml"), new DiagnosticBag()).PlainText;
}
