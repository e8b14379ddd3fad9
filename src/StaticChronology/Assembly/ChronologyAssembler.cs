using System.Collections.Immutable;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>The barrier stage: sees every entry at once, orders them, resolves every reference and builds the indexes.</summary>
public sealed class ChronologyAssembler(Func<string, string?> readSeed)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _foldedSeeds = new(StringComparer.Ordinal);

    /// <summary>Orders entries by their date's earliest then latest bound, then by id, so the order is total.</summary>
    public static readonly Comparison<Entry> Order = (a, b) =>
    {
        var byDate = EdtfComparer.Instance.Compare(a.Date, b.Date);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    };

    public Chronology Assemble(SiteInput input, bool includeDrafts, DiagnosticBag diagnostics) =>
        Assemble(input, includeDrafts, diagnostics, null, out _);

    /// <param name="byEntry">When given, receives what the checks of each entry found instead of <paramref name="diagnostics"/>, by entry id.</param>
    /// <param name="context">What the checks of each entry looked things up in, to check a changed entry again later.</param>
    internal Chronology Assemble(SiteInput input, bool includeDrafts, DiagnosticBag diagnostics, Dictionary<string, ImmutableArray<Diagnostic>>? byEntry, out EntryContext context)
    {
        var people = BuildRegistry(RegistryKind.Person, input.People, diagnostics);
        var places = BuildRegistry(RegistryKind.Place, input.Places, diagnostics);
        var organizations = BuildRegistry(RegistryKind.Organization, input.Organizations, diagnostics);
        var sources = input.Sources.Sort((a, b) =>
        {
            var byDate = EdtfComparer.Instance.Compare(a.Published, b.Published);
            return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
        });
        var sourcesById = sources.ToImmutableDictionary(s => s.Id, StringComparer.Ordinal);

        var allEntries = Deduplicate(input.Entries, diagnostics);
        var drafts = allEntries.Where(e => e.Draft && !includeDrafts).Select(e => e.Id).ToImmutableHashSet(StringComparer.Ordinal);
        var entries = allEntries.Where(e => !drafts.Contains(e.Id)).ToImmutableArray().Sort(Order);
        var positions = entries.Select((e, i) => (e.Id, i)).ToImmutableDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

        context = new EntryContext(people, places, organizations, sourcesById, positions, drafts, input.UnreadableIds);

        // Each entry is checked on its own against what is read-only by now; the bags sort what they collect.
        var checkContext = context;
        if (byEntry is null)
        {
            Parallel.ForEach(entries, entry => Check(entry, checkContext, diagnostics));
        }
        else
        {
            var found = new ImmutableArray<Diagnostic>[entries.Length];
            Parallel.For(0, entries.Length, i =>
            {
                var own = new DiagnosticBag();
                Check(entries[i], checkContext, own);
                found[i] = own.ToSortedArray();
            });
            for (var i = 0; i < entries.Length; i++)
            {
                byEntry[entries[i].Id] = found[i];
            }
        }

        // Links to drafts and to unknown entries are dropped so that every rendered link resolves.
        var published = entries.Select(e => Published(e, positions)).ToImmutableArray();

        // The groupings are independent of one another: they are made side by side.
        ImmutableArray<TagInfo> tags = [];
        ImmutableArray<YearGroup> years = [];
        var indexes = new ImmutableDictionary<string, ImmutableArray<Entry>>[5];
        ImmutableDictionary<string, ImmutableArray<Backlink>>? backlinks = null;
        Parallel.Invoke(
            () => tags = [.. published.SelectMany(e => e.Tags).Select(t => t.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => new TagInfo(t))],
            () => years = GroupByYear(published),
            () => indexes[0] = Index(published, e => e.People.Select(r => r.Id)),
            () => indexes[1] = Index(published, e => e.Places.Select(r => r.Id)),
            () => indexes[2] = Index(published, e => e.Organizations.Select(r => r.Id)),
            () => indexes[3] = Index(published, e => e.Tags.Select(r => r.Id)),
            () => indexes[4] = Index(published, e => e.Sources.Select(c => c.Source.Id)),
            () => backlinks = Backlinks(published));

        return new Chronology(
            input.Settings,
            published,
            positions,
            sources,
            sourcesById,
            people,
            places,
            organizations,
            tags,
            years,
            indexes[0],
            indexes[1],
            indexes[2],
            indexes[3],
            indexes[4],
            backlinks!,
            [.. input.Pages.OrderBy(p => p.Order ?? int.MaxValue).ThenBy(p => p.Slug, StringComparer.Ordinal)]);
    }

    /// <summary>The checks of one entry against the rest: its references, its quotes and its links to other entries.</summary>
    internal void Check(Entry entry, EntryContext context, DiagnosticBag diagnostics)
    {
        var resolver = new ReferenceResolver(context.UnreadableIds, diagnostics);
        resolver.Check(entry.People, context.People, "person", "people.yml");
        resolver.Check(entry.Places, context.Places, "place", "places.yml");
        resolver.Check(entry.Organizations, context.Organizations, "organisation", "organizations.yml");
        foreach (var citation in entry.Sources)
        {
            resolver.Check(citation.Source, context.SourcesById.ContainsKey, context.SourcesById.Keys, "source", "sources/<id>.yml", null);
            if (citation.SaidBy is { } saidBy)
            {
                resolver.Check([saidBy], context.People, "person", "people.yml");
            }

            if (citation.Quote is { } quote && context.SourcesById.TryGetValue(citation.Source.Id, out var source))
            {
                CheckQuote(entry, citation, quote, source, diagnostics);
            }
        }

        foreach (var link in entry.Related)
        {
            if (context.Drafts.Contains(link.Entry.Id))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnknownReference, link.Entry.Location,
                    $"related entry '{link.Entry.Id}' is a draft; the link is left out of the published site"));
                continue;
            }

            resolver.Check(link.Entry, context.Positions.ContainsKey, context.Positions.Keys, "entry", "entries/<yyyy>/<id>.yml", null);
        }
    }

    /// <summary>The entry as the site shows it: links to drafts and to unknown entries are dropped, so that every rendered link resolves.</summary>
    internal static Entry Published(Entry entry, ImmutableDictionary<string, int> positions) =>
        entry.Related.All(r => positions.ContainsKey(r.Entry.Id))
            ? entry
            : entry with { Related = [.. entry.Related.Where(r => positions.ContainsKey(r.Entry.Id))] };

    /// <summary>The year and month an entry is filed under: its start, or its end when the start is open.</summary>
    public static DateOnly Anchor(EdtfValue date) => date.Earliest != DateOnly.MinValue ? date.Earliest : date.Latest;

    /// <summary>Whether an entry is listed under a month, rather than only under its year.</summary>
    public static bool HasMonth(EdtfValue date) => date.Precision is DatePrecision.Day or DatePrecision.Month;

    private static ImmutableArray<YearGroup> GroupByYear(ImmutableArray<Entry> entries) =>
        [.. entries
            .GroupBy(e => Anchor(e.Date).Year)
            .OrderBy(g => g.Key)
            .Select(year => new YearGroup(
                year.Key,
                [.. year.Where(e => !HasMonth(e.Date))],
                [.. year.Where(e => HasMonth(e.Date))
                    .GroupBy(e => Anchor(e.Date).Month)
                    .OrderBy(m => m.Key)
                    .Select(m => new MonthGroup(year.Key, m.Key, [.. m]))]))];

    internal static ImmutableDictionary<string, ImmutableArray<Entry>> Index(ImmutableArray<Entry> entries, Func<Entry, IEnumerable<string>> keys) =>
        entries
            .SelectMany(e => keys(e).Distinct(StringComparer.Ordinal).Select(k => (Key: k, Entry: e)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.Entry).ToImmutableArray(), StringComparer.Ordinal);

    private static ImmutableDictionary<string, ImmutableArray<Backlink>> Backlinks(ImmutableArray<Entry> entries) =>
        entries
            .SelectMany(e => e.Related.Select(r => (Target: r.Entry.Id, Link: new Backlink(e, r.Relation))))
            .GroupBy(x => x.Target, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.Link).ToImmutableArray(), StringComparer.Ordinal);

    private static ImmutableArray<Entry> Deduplicate(ImmutableArray<Entry> entries, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var kept = ImmutableArray.CreateBuilder<Entry>(entries.Length);
        foreach (var entry in entries.OrderBy(e => e.Location.Path, StringComparer.Ordinal))
        {
            if (seen.TryGetValue(entry.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, SourceLocation.FileStart(entry.Location.Path),
                    $"entry id '{entry.Id}' is also used by {first.Location.Path}", "ids are unique across all years; rename one of the files"));
                continue;
            }

            seen.Add(entry.Id, entry);
            kept.Add(entry);
        }

        return kept.ToImmutable();
    }

    private static Registry BuildRegistry(RegistryKind kind, ImmutableArray<RegistryItem> items, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, RegistryItem>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (byId.TryGetValue(item.Id, out var first))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateId, item.Location,
                    $"{RegistryReader.KindName(kind)} id '{item.Id}' is already used at {first.Location}", "merge the two items or rename one"));
                continue;
            }

            byId.Add(item.Id, item);
        }

        var sorted = byId.Values
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new Registry(kind, sorted, byId.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private void CheckQuote(Entry entry, Citation citation, string quote, Source source, DiagnosticBag diagnostics)
    {
        if (FoldedSeed(source.Seed) is not { } text || QuoteMatcher.IsInFolded(quote, text))
        {
            return;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.QuoteNotInSource, citation.QuoteLocation ?? citation.Source.Location,
            $"the quote cited from '{source.Id}' in entry '{entry.Id}' is not in {source.Seed}",
            "copy the quote verbatim from the article; mark left-out words with '…'"));
    }

    private string? FoldedSeed(string seed) =>
        _foldedSeeds.GetOrAdd(seed, s => readSeed(s) is { } text ? QuoteMatcher.Fold(text) : null);
}
