using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>A link on a generated page that leads to no generated file or id.</summary>
public sealed record BrokenLink(OutputFile File, string Href, string Problem);
