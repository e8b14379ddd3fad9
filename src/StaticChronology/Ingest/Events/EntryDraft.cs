using System.Collections.Immutable;

namespace StaticChronology.Ingest.Events;

/// <summary>An entry the ingest proposes: the merged reports of one event, before related links are added.</summary>
public sealed record EntryDraft(string Id, string Date, ImmutableArray<EventCandidate> Reports);
