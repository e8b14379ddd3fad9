using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>What the link check needs of one generated file, read from its bytes once: the addresses it links to and the ids it has.</summary>
/// <param name="Links">Each <c>href</c> and <c>src</c> value once, as written in the markup, in order of first appearance; empty for a file that is not HTML.</param>
/// <param name="Ids">The file's <c>id</c> values, sorted ordinally.</param>
public sealed record LinkScan(string Path, string Kind, SourceLocation? Origin, string[] Links, string[] Ids) : ISiteFile, ILinkTarget
{
    public bool IsHtml => ISiteFile.IsPage(Path);

    public bool HasId(string id) => Contains(Ids, id);

    internal static bool Contains(string[] sortedIds, string id) => Array.BinarySearch(sortedIds, id, StringComparer.Ordinal) >= 0;
}

/// <summary>A file a link can point to.</summary>
internal interface ILinkTarget
{
    bool IsHtml { get; }

    bool HasId(string id);
}
