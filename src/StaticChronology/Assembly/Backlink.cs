using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>An entry that links to another one, seen from the entry linked to.</summary>
public sealed record Backlink(Entry From, Relation Relation);
