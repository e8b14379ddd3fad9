using BenchmarkDotNet.Attributes;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;

namespace StaticChronology.Benchmarks;

/// <summary>YAML loading: one entry file from text, and every input file of a chronology from disk.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private BenchmarkSite _site = null!;
    private SourceText _entry = null!;
    private string _entryId = null!;

    [Params(1000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _site = new BenchmarkSite(Entries);
        var file = Directory.EnumerateFiles(Path.Combine(_site.InputRoot, "entries"), "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        _entry = new SourceText(file, File.ReadAllText(file));
        _entryId = Path.GetFileNameWithoutExtension(file);
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Delete();

    [Benchmark]
    public object? ReadEntry() => EntryReader.Read(_entry, _entryId, new DiagnosticBag());

    [Benchmark]
    public object? LoadInput() => new InputLoader(_site.InputRoot, _site.Root).Load(new DiagnosticBag());
}
