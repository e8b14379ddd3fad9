namespace StaticChronology.Generate;

/// <summary>One generated entry, before it is written in either format.</summary>
public sealed record SyntheticEntry(
    string Id,
    DateOnly Date,
    string Title,
    string Summary,
    string? Status,
    IReadOnlyList<int> People,
    IReadOnlyList<int> Places,
    IReadOnlyList<int> Organizations,
    IReadOnlyList<int> Tags,
    IReadOnlyList<SyntheticCitation> Citations,
    IReadOnlyList<(string Kind, string Text)> Annotations);

/// <summary>A quote from one generated source, taken verbatim from its article text.</summary>
public sealed record SyntheticCitation(int Source, string Quote, int? SaidBy);
