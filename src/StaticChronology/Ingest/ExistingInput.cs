using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Events;
using StaticChronology.Ingest.Writing;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Ingest;

/// <summary>What the input folder already holds, as far as the ingest must respect it.</summary>
/// <param name="HandSources">Source files a person wrote or edited, by the article they name: the ingest keeps their id and date.</param>
/// <param name="SourceIdsBySeed">Every source file's id by the article it names, generated or not.</param>
/// <param name="HandWrittenEntries">
/// Entries a person wrote from scratch (no ingest marker): events they tell are not proposed again, and their ids
/// are not reused. An entry the ingest made and a person edited is not among them: it stands at its draft's own
/// path, and the writer leaves it alone.
/// </param>
public sealed record ExistingInput(
    ImmutableArray<RegistryItem> Registry,
    IReadOnlyDictionary<string, Source> HandSources,
    IReadOnlyDictionary<string, string> SourceIdsBySeed,
    ImmutableArray<Entry> HandWrittenEntries)
{
    public IReadOnlySet<string> HandWrittenEntryIds { get; } = HandWrittenEntries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The articles that a source file names, read from the source files alone: a build asks this before every run, and the entries can number 100,000.</summary>
    /// <remarks>Empty when the input would not load (no folder or no <c>chronology.yml</c>), as in <see cref="Read"/>.</remarks>
    public static IReadOnlySet<string> SeedsWithSources(string inputRoot, string repositoryRoot)
    {
        var seeds = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(inputRoot))
        {
            return seeds;
        }

        var diagnostics = new DiagnosticBag();
        var files = InputFileFinder.Find(inputRoot, path => path, diagnostics);
        if (!files.Any(f => f.Kind == InputFileKind.Settings))
        {
            return seeds;
        }

        var loader = new InputLoader(inputRoot, repositoryRoot);
        foreach (var file in files)
        {
            if (file.Kind == InputFileKind.Source && loader.ReadOne(file, diagnostics) is Source source)
            {
                seeds.Add(source.Seed);
            }
        }

        return seeds;
    }

    public static ExistingInput Read(string inputRoot, string repositoryRoot)
    {
        // Problems in the input are the build's to report; the ingest works with whatever loads.
        var input = Directory.Exists(inputRoot) ? new InputLoader(inputRoot, repositoryRoot).Load(new DiagnosticBag()) : null;
        if (input is null)
        {
            return new ExistingInput([], new Dictionary<string, Source>(), new Dictionary<string, string>(), []);
        }

        // Each file's first lines say whether the ingest made it and whether anyone changed it since; read once.
        var text = (SourceLocation location) => File.ReadAllText(Path.Combine(repositoryRoot, location.Path));
        return new ExistingInput(
            [.. input.People, .. input.Places, .. input.Organizations],
            input.Sources.Where(s => !GeneratedFile.IsUnedited(text(s.Location))).GroupBy(s => s.Seed, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            input.Sources.GroupBy(s => s.Seed, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal),
            [.. input.Entries.Where(e => !GeneratedFile.IsGenerated(text(e.Location)))]);
    }

    /// <summary>Whether an entry written by hand already tells the event of this draft: the same day, citing one of its articles, naming one of its people.</summary>
    public bool Covers(EntryDraft draft, IReadOnlyDictionary<string, Source> sourcesBySeed)
    {
        var key = EventMerger.DateKey(draft.Date);
        var sourceIds = draft.Reports.Select(r => sourcesBySeed[r.Seed].Id).ToHashSet(StringComparer.Ordinal);
        var people = draft.Reports.SelectMany(r => r.People).ToHashSet(StringComparer.Ordinal);
        return HandWrittenEntries.Any(e =>
            e.Id != draft.Id &&
            string.Equals(EventMerger.DateKey(e.Date.Text), key, StringComparison.Ordinal) &&
            e.Sources.Any(c => sourceIds.Contains(c.Source.Id)) &&
            (people.Count == 0 ? e.People.IsEmpty : e.People.Any(p => people.Contains(p.Id))));
    }
}
