using System.Collections.Immutable;
using StaticChronology.Ingest.Articles;
using StaticChronology.Ingest.Entities;
using StaticChronology.Ingest.Temporal;

namespace StaticChronology.Ingest.Events;

/// <summary>A time expression in its sentence, with the clause it governs and what the clause names: read once, resolved against any publication date.</summary>
public sealed record DatedClause(
    Sentence Sentence,
    TimeMention Mention,
    Tense Tense,
    string Clause,
    ImmutableArray<EntityMention> Entities,
    EventKind Kind,
    string? Speaker,
    int Ordinal,
    ImmutableArray<EntityMention> OwnEntities)
{
    /// <summary>People the clause itself names, without those borrowed from the rest of the sentence.</summary>
    public IEnumerable<string> OwnPeople => OwnEntities.Where(e => e.Kind == Model.RegistryKind.Person).Select(e => e.Id);

    public IEnumerable<string> People => Entities.Where(e => e.Kind == Model.RegistryKind.Person).Select(e => e.Id);

    public IEnumerable<string> Places => Entities.Where(e => e.Kind == Model.RegistryKind.Place).Select(e => e.Id);
}
