using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Pipeline;

/// <summary>What a build did: its diagnostics, the files it produced, and time per stage.</summary>
public sealed record BuildResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<OutputFile> Files,
    ImmutableArray<StageTiming> Timings,
    int EntryCount)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>Files by kind, in a fixed order, for the summary table.</summary>
    public ImmutableArray<(string Kind, int Count)> FilesByKind =>
        [.. Files.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];
}
