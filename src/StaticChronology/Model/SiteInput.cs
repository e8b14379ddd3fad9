using System.Collections.Immutable;

namespace StaticChronology.Model;

/// <summary>Everything read and validated from the input folder, file by file, before any cross-file checks.</summary>
/// <param name="UnreadableIds">Ids of files that failed to read, so references to them are not reported a second time.</param>
public sealed record SiteInput(
    ChronologySettings Settings,
    ImmutableArray<Entry> Entries,
    ImmutableArray<Source> Sources,
    ImmutableArray<RegistryItem> People,
    ImmutableArray<RegistryItem> Places,
    ImmutableArray<RegistryItem> Organizations,
    ImmutableArray<Page> Pages,
    ImmutableHashSet<string> UnreadableIds);
