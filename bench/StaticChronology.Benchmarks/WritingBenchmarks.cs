using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using StaticChronology.Diagnostics;
using StaticChronology.Output;
using StaticChronology.Rendering;

namespace StaticChronology.Benchmarks;

/// <summary>Writing a rendered site: into an empty folder, and again over the previous build's output.</summary>
[MemoryDiagnoser]
public class WritingBenchmarks
{
    private BenchmarkSite _site = null!;
    private ImmutableArray<OutputFile> _files;
    private string _output = null!;

    [Params(1000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = new BenchmarkSite(Entries);
        _files = new SiteRenderer(_site.Theme(), new MarkdownRenderer()).Render(_site.Assemble(), new RenderOptions(), new DiagnosticBag());
        _output = Path.Combine(_site.Root, "output");
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Delete();

    [IterationSetup(Target = nameof(WriteFresh))]
    public void Empty()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    [Benchmark]
    public int WriteFresh() => SiteWriter.Write(_output, _files, new DiagnosticBag());

    [Benchmark]
    public int WriteAgain() => SiteWriter.Write(_output, _files, new DiagnosticBag());
}
