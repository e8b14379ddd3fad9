using System.Collections.Immutable;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>
/// The whole chronology after every cross-file check: entries in their total order, every index, every
/// reference resolved. Rendering takes only this type, so nothing can render before assembly has seen
/// every entry.
/// </summary>
public sealed record Chronology(
    ChronologySettings Settings,
    ImmutableArray<Entry> Entries,
    ImmutableDictionary<string, int> Positions,
    ImmutableArray<Source> Sources,
    ImmutableDictionary<string, Source> SourcesById,
    Registry People,
    Registry Places,
    Registry Organizations,
    ImmutableArray<TagInfo> Tags,
    ImmutableArray<YearGroup> Years,
    ImmutableDictionary<string, ImmutableArray<Entry>> ByPerson,
    ImmutableDictionary<string, ImmutableArray<Entry>> ByPlace,
    ImmutableDictionary<string, ImmutableArray<Entry>> ByOrganization,
    ImmutableDictionary<string, ImmutableArray<Entry>> ByTag,
    ImmutableDictionary<string, ImmutableArray<Entry>> BySource,
    ImmutableDictionary<string, ImmutableArray<Backlink>> Backlinks,
    ImmutableArray<Page> Pages)
{
    public Entry? Previous(Entry entry) => Positions[entry.Id] is var i && i > 0 ? Entries[i - 1] : null;

    public Entry? Next(Entry entry) => Positions[entry.Id] is var i && i < Entries.Length - 1 ? Entries[i + 1] : null;

    public Entry EntryById(string id) => Entries[Positions[id]];

    public Registry RegistryOf(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => People,
        RegistryKind.Place => Places,
        _ => Organizations,
    };

    public ImmutableDictionary<string, ImmutableArray<Entry>> IndexOf(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => ByPerson,
        RegistryKind.Place => ByPlace,
        _ => ByOrganization,
    };
}
