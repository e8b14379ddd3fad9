namespace StaticChronology.Model;

/// <summary>A source that reports an entry, with the verbatim quote that supports it and who said it.</summary>
public sealed record Citation(Reference Source, string? Quote, Reference? SaidBy);
