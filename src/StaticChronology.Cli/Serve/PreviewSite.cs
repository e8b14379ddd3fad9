using System.Collections.Frozen;
using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Cli.Serve;

/// <summary>What the server serves at one moment: the last good build's files, and the errors of a newer build that failed.</summary>
public sealed record PreviewSite(FrozenDictionary<string, OutputFile> Files, ImmutableArray<Diagnostic> Errors)
{
    public static PreviewSite Empty { get; } = new(FrozenDictionary<string, OutputFile>.Empty, []);

    public static PreviewSite Of(IEnumerable<OutputFile> files) =>
        new(files.ToFrozenDictionary(f => f.Path, StringComparer.Ordinal), []);

    public bool IsBroken => !Errors.IsEmpty;
}
