using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>One file of the generated site.</summary>
/// <param name="Path">Relative to the output folder, forward slashes: <c>entries/x/index.html</c>.</param>
/// <param name="Kind">What it is, for the build summary: <c>entry</c>, <c>home</c>, <c>feed</c>, <c>static</c>….</param>
/// <param name="Origin">The input it was made from, so a collision or broken link can name it.</param>
public sealed record OutputFile(string Path, byte[] Content, string Kind, SourceLocation? Origin) : ISiteFile
{
    public bool IsHtml => ISiteFile.IsPage(Path);
}
