namespace StaticChronology.Loading;

/// <summary>Checks paths that input files name, so none can point outside the repository.</summary>
public static class RepositoryPaths
{
    /// <summary>
    /// The path with forward slashes, or null when it is absolute (<c>/x</c>, <c>C:\x</c>, <c>\\host</c>),
    /// climbs with <c>..</c>, or holds an empty, <c>.</c> or hidden segment.
    /// </summary>
    public static string? Normalise(string path)
    {
        var forward = path.Replace('\\', '/');
        if (forward.Length == 0 || forward[0] == '/' || forward.Contains(':', StringComparison.Ordinal) || forward.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var segments = forward.Split('/');
        foreach (var segment in segments)
        {
            if (segment.Length == 0 || segment[0] == '.' || segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return null;
            }
        }

        return forward;
    }

    /// <summary>
    /// Whether no folder or file on the way from <paramref name="root"/> down to a <see cref="Normalise"/>d path is a
    /// symbolic link: checking only the last segment would let a linked folder (<c>seeds/x -&gt; /etc</c>) lead outside.
    /// </summary>
    public static bool IsFreeOfLinks(string root, string normalisedPath)
    {
        var current = root;
        foreach (var segment in normalisedPath.Split('/'))
        {
            current = Path.Combine(current, segment);
            if (new FileInfo(current).LinkTarget is not null)
            {
                return false;
            }
        }

        return true;
    }
}
