using StaticChronology.Diagnostics;

namespace StaticChronology.Output;

/// <summary>A link on a generated page that leads to no generated file or id.</summary>
/// <param name="Path">The page the link is on.</param>
/// <param name="Origin">The input that page was made from, if any.</param>
public sealed record BrokenLink(string Path, SourceLocation? Origin, string Href, string Problem);
