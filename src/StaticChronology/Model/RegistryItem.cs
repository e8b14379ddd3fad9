using System.Collections.Immutable;
using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>A person, place or organisation with its canonical name and the other names it appears under.</summary>
/// <param name="Wikidata">A Wikidata item id such as <c>Q42</c>.</param>
public sealed record RegistryItem(
    RegistryKind Kind,
    string Id,
    SourceLocation Location,
    string Name,
    ImmutableArray<string> Aliases,
    string? Description,
    string? Wikidata);
