using System.Collections.Immutable;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>What the checks of one entry look it up in: the registries, the sources, and which entries are published or drafts.</summary>
internal sealed record EntryContext(
    Registry People,
    Registry Places,
    Registry Organizations,
    ImmutableDictionary<string, Source> SourcesById,
    ImmutableDictionary<string, int> Positions,
    ImmutableHashSet<string> Drafts,
    ImmutableHashSet<string> UnreadableIds);
