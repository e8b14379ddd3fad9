using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/StaticChronology.Benchmarks -- --filter '*'
// Each class measures one hot path of the build on the same synthetic chronology as bench/run.sh.
BenchmarkSwitcher.FromAssembly(typeof(StaticChronology.Benchmarks.BenchmarkSite).Assembly).Run(args);
