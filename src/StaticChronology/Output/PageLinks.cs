using System.Collections.Immutable;

namespace StaticChronology.Output;

/// <summary>What checking one page's links found.</summary>
/// <param name="FragmentTargets">The other pages this page links into with a <c>#fragment</c>: their ids matter to it.</param>
public sealed record PageLinks(string Path, ImmutableArray<BrokenLink> Broken, ImmutableArray<string> FragmentTargets);
