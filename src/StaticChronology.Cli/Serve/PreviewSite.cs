using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Cli.Serve;

/// <summary>What the server serves at one moment: the last good build's files, and the errors of a newer build that failed.</summary>
/// <remarks>A plain dictionary, never changed once published: freezing 10,000 paths on every rebuild costs more than it saves.</remarks>
public sealed record PreviewSite(IReadOnlyDictionary<string, OutputFile> Files, ImmutableArray<Diagnostic> Errors)
{
    public static PreviewSite Empty { get; } = new(new Dictionary<string, OutputFile>(), []);

    public static PreviewSite Of(IReadOnlyCollection<OutputFile> files)
    {
        var byPath = new Dictionary<string, OutputFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath[file.Path] = file;
        }

        return new(byPath, []);
    }

    public bool IsBroken => !Errors.IsEmpty;
}
