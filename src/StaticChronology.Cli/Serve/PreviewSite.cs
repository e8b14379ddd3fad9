using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Cli.Serve;

/// <summary>What the server serves at one moment: the last good build's files, and the errors of a newer build that failed.</summary>
/// <remarks>
/// A plain dictionary, never changed once published: freezing 10,000 paths on every rebuild costs more than it saves.
/// While a rebuild that handed over its first pages early is still making the rest, the site is those pages over
/// the last one, and a request for any other file waits for the rebuild to settle: nothing stale is served.
/// </remarks>
public sealed record PreviewSite(IReadOnlyDictionary<string, OutputFile> Files, ImmutableArray<Diagnostic> Errors)
{
    private static readonly IReadOnlySet<string> NoPaths = new HashSet<string>(StringComparer.Ordinal);

    public static PreviewSite Empty { get; } = new(new Dictionary<string, OutputFile>(), []);

    /// <summary>The site the rebuild in progress will publish; null when no rebuild is in progress past its first pages.</summary>
    public Task<PreviewSite>? Settled { get; private init; }

    /// <summary>The files of this site that are already those of the rebuild in progress.</summary>
    public IReadOnlySet<string> Fresh { get; private init; } = NoPaths;

    public bool IsBroken => !Errors.IsEmpty;

    /// <summary>This site with a rebuild's first pages in it; the rest of the site is <paramref name="settled"/>'s.</summary>
    public PreviewSite WithFirst(IReadOnlyList<OutputFile> pages, Task<PreviewSite> settled)
    {
        var byPath = new Dictionary<string, OutputFile>(Files, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            byPath[page.Path] = page;
        }

        return new(byPath, Errors) { Settled = settled, Fresh = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal) };
    }

    /// <summary>The site to answer a request for <paramref name="path"/> from: this one, or, if the file may be stale, the settled one.</summary>
    public Task<PreviewSite> ForAsync(string path) =>
        Settled is { } settled && !Fresh.Contains(path) ? settled : Task.FromResult(this);
}
