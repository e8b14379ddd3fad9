using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>An editorial note on an entry: context, a discrepancy between sources, a correction, how the date was found.</summary>
/// <param name="Text">Markdown.</param>
public sealed record Annotation(AnnotationKind Kind, string Text, SourceLocation Location);
