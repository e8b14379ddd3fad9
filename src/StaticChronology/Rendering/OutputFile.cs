using StaticChronology.Diagnostics;
using StaticChronology.Rendering.Data;

namespace StaticChronology.Rendering;

/// <summary>One file of the generated site.</summary>
/// <param name="Path">Relative to the output folder, forward slashes: <c>entries/x/index.html</c>.</param>
/// <param name="Kind">What it is, for the build summary: <c>entry</c>, <c>home</c>, <c>feed</c>, <c>static</c>….</param>
/// <param name="Origin">The input it was made from, so a collision or broken link can name it.</param>
public sealed record OutputFile(string Path, byte[] Content, string Kind, SourceLocation? Origin) : ISiteFile
{
    /// <summary>A data file held as its parts, as the preview server keeps it: joined only if its bytes are asked for.</summary>
    public OutputFile(string path, FileParts parts, string kind)
        : this(path, null!, kind, null) => Parts = parts;

    /// <summary>The parts of a file held as parts; null for a file made whole.</summary>
    public FileParts? Parts { get; }

    /// <summary>The file's bytes. A file held as parts joins them the first time they are asked for, and keeps the result.</summary>
    public byte[] Content { get => field ??= Parts!.Join(); init; } = Content;

    /// <summary>The file's size in bytes, without joining a file held as parts.</summary>
    public long Length => Parts?.Length ?? Content.Length;

    public bool IsHtml => ISiteFile.IsPage(Path);
}
