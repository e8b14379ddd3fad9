using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Entities;
using StaticChronology.Ingest.Output;
using StaticChronology.Model;

namespace StaticChronology.Ingest;

/// <summary>What an ingest run read, proposed and wrote.</summary>
/// <param name="Sources">The source of every article read, as written or as found.</param>
/// <param name="Entries">The entries proposed, before any were left alone on disk.</param>
/// <param name="Review">Things a person should look at: open publication dates, disagreeing weekdays.</param>
/// <param name="Covered">Events already told by a hand-written entry, so not proposed again.</param>
/// <param name="Proposals">Names after a title that the registry does not know.</param>
public sealed record IngestResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<Source> Sources,
    ImmutableArray<Entry> Entries,
    IReadOnlyList<FileOutcome> Files,
    ImmutableArray<string> Review,
    int Covered,
    ImmutableArray<ProposedName> Proposals)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
