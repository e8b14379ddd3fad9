using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Pipeline;

/// <summary>What a build did: its diagnostics, the files it produced, and time per stage.</summary>
/// <param name="Files">The files with their bytes; empty when the build wrote each file as it was made without keeping it (<see cref="BuildOptions.KeepFiles"/>).</param>
/// <param name="Made">Every file the build made, by path, kind and origin, kept or not; defaults to <paramref name="Files"/>.</param>
public sealed record BuildResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<OutputFile> Files,
    ImmutableArray<StageTiming> Timings,
    int EntryCount,
    ImmutableArray<ISiteFile> Made = default)
{
    public ImmutableArray<ISiteFile> Made { get; } = Made.IsDefault ? ImmutableArray<ISiteFile>.CastUp(Files) : Made;

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>Files by kind, in a fixed order, for the summary table.</summary>
    public ImmutableArray<(string Kind, int Count)> FilesByKind =>
        [.. Made.GroupBy(f => f.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count()))];
}
