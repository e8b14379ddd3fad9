using BenchmarkDotNet.Attributes;
using StaticChronology.Dates;

namespace StaticChronology.Benchmarks;

/// <summary>EDTF parsing of the date shapes entries use: days, months, years, qualified and unspecified values, intervals.</summary>
[MemoryDiagnoser]
public class EdtfBenchmarks
{
    private readonly string[] _dates =
        ["2022-01-21", "2022-01", "2022", "2022-01-21~", "2022-01-21?", "2022-01-XX", "2021-12-01/2021-12-10", "../2022-02-20", "2014~", "2022-01-21T14:30:00Z"];

    [Benchmark(OperationsPerInvoke = 10)]
    public int ParseTen()
    {
        var precision = 0;
        foreach (var text in _dates)
        {
            precision += (int)EdtfParser.Parse(text).Precision;
        }

        return precision;
    }
}
