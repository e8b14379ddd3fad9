using System.Collections.Immutable;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>One registry (people, places or organisations) sorted by name, with lookup by id.</summary>
public sealed record Registry(RegistryKind Kind, ImmutableArray<RegistryItem> Items, ImmutableDictionary<string, RegistryItem> ById);
