using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>A source that reports an entry, with the verbatim quote that supports it and who said it.</summary>
/// <param name="QuoteLocation">Where the quote is written, so a quote missing from its source is reported there.</param>
public sealed record Citation(Reference Source, string? Quote, Reference? SaidBy, SourceLocation? QuoteLocation = null);
