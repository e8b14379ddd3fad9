using System.Collections.Immutable;

namespace StaticChronology.Pipeline;

/// <summary>What changed on disk since the last build: the paths reported, or everything when the report was lost.</summary>
/// <param name="Paths">Full paths of files or folders that were created, changed, renamed or deleted.</param>
/// <param name="Rescan">True when the list is incomplete (a watcher overflow): every file is read and compared again.</param>
public sealed record ChangeSet(ImmutableArray<string> Paths, bool Rescan)
{
    public static ChangeSet Everything { get; } = new([], Rescan: true);

    public static ChangeSet Of(params string[] paths) => new([.. paths.Select(Path.GetFullPath)], Rescan: false);
}
