using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>Where a generated file goes and what made it: what the checks after rendering need of a file besides its bytes.</summary>
public interface ISiteFile
{
    /// <summary>Relative to the output folder, forward slashes: <c>entries/x/index.html</c>.</summary>
    string Path { get; }

    /// <summary>What it is, for the build summary: <c>entry</c>, <c>home</c>, <c>feed</c>, <c>static</c>….</summary>
    string Kind { get; }

    /// <summary>The input it was made from, so a collision or broken link can name it.</summary>
    SourceLocation? Origin { get; }

    /// <summary>Whether a file at <paramref name="path"/> is an HTML page: the files whose links are checked and whose ids links can point to.</summary>
    static bool IsPage(string path) => path.EndsWith(".html", StringComparison.Ordinal);
}
