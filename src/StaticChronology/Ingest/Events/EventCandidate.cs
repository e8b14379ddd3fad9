using System.Collections.Immutable;
using StaticChronology.Ingest.Entities;
using StaticChronology.Model;

namespace StaticChronology.Ingest.Events;

/// <summary>One dated happening as one article reports it, before reports of the same event are merged.</summary>
/// <param name="Seed">The article's path relative to the repository root.</param>
/// <param name="Date">EDTF, as the time expression resolved it.</param>
/// <param name="Sentence">The article's sentence, verbatim: the summary and the quote come from it.</param>
/// <param name="Clause">The part of the sentence that the date governs.</param>
/// <param name="Entities">Registry items named in the clause (or, failing that, in the sentence).</param>
/// <param name="Speaker">The person id who is quoted or said to speak, when there is one.</param>
/// <param name="DateNote">How the date was worked out, for the reader.</param>
/// <param name="Warning">A problem with the date the text gives (a weekday that disagrees, an ambiguous form).</param>
/// <param name="Ordinal">The sentence's position in the article, to keep the article's order.</param>
public sealed record EventCandidate(
    string Seed,
    string Date,
    EntryStatus Status,
    EventKind Kind,
    string Sentence,
    string Clause,
    int Line,
    ImmutableArray<EntityMention> Entities,
    string? Speaker,
    string MentionText,
    string DateNote,
    string? Warning,
    int Ordinal)
{
    /// <summary>
    /// True for a date that starts a state ("suspended since Feb. 1"): such a report may cite an event another
    /// report tells, but is never an entry of its own.
    /// </summary>
    public bool SupportOnly { get; init; }

    /// <summary>People the dated clause itself names; <see cref="People"/> adds those borrowed from the rest of the sentence.</summary>
    public ImmutableArray<string> OwnPeople { get; init; } = [];

    public IEnumerable<string> People => Entities.Where(e => e.Kind == RegistryKind.Person).Select(e => e.Id).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> Places => Entities.Where(e => e.Kind == RegistryKind.Place).Select(e => e.Id).Distinct(StringComparer.Ordinal);

    public IEnumerable<string> Organizations => Entities.Where(e => e.Kind == RegistryKind.Organization).Select(e => e.Id).Distinct(StringComparer.Ordinal);
}
