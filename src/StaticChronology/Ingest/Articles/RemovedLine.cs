namespace StaticChronology.Ingest.Articles;

/// <summary>A line the reader left out of the paragraphs, and the rule that removed it.</summary>
/// <param name="Text">The line, trimmed.</param>
/// <param name="Reason">A short phrase naming the rule ("newsletter sign-up"), for a debug listing.</param>
public sealed record RemovedLine(int Line, string Text, string Reason);
