using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>An id written in one file that names something defined in another, with where it was written.</summary>
public sealed record Reference(string Id, SourceLocation Location);
