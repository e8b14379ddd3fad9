using System.Collections.Immutable;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Articles;
using StaticChronology.Ingest.Dating;
using StaticChronology.Ingest.Entities;
using StaticChronology.Ingest.Events;
using StaticChronology.Ingest.Output;
using StaticChronology.Ingest.Writing;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Ingest;

/// <summary>
/// <c>chrono ingest</c>: reads plain-text articles and writes a source file for each and an entry file for
/// each event they date, in the input format, merging reports of one event across articles.
/// </summary>
/// <remarks>
/// Stages, in order: find and read the articles; read their time expressions; settle publication dates
/// (stated, or inferred across the collection); extract dated events; leave out events a hand-written entry
/// already tells; merge reports of one event; compose entries with their annotations and related links;
/// write, leaving alone every file a person wrote or edited. The run is deterministic: the same articles
/// and input give the same files, so a second run changes nothing.
/// </remarks>
public static class ArticleIngest
{
    private static readonly SourceLocation Nowhere = SourceLocation.FileStart("ingest");

    public static IngestResult Run(IngestOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var repositoryRoot = Path.GetFullPath(options.RepositoryRoot);
        var inputRoot = Path.GetFullPath(options.InputRoot);
        var files = ArticleFiles.Find(options.Paths, repositoryRoot, diagnostics);
        var existing = ExistingInput.Read(inputRoot, repositoryRoot);
        var registry = existing.Registry.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var matcher = new EntityMatcher(existing.Registry);

        var evidence = new List<ArticleEvidence>();
        foreach (var file in files)
        {
            if (ArticleFiles.ReadText(file, diagnostics) is { } text)
            {
                evidence.Add(ArticleEvidence.Of(file.Seed, ArticleReader.Read(file.Seed, text), matcher));
            }
        }

        // A date a person set stands, and dates the rest of the collection; a date-time counts by its day.
        var settled = new Dictionary<string, PublicationDate>(StringComparer.Ordinal);
        foreach (var source in existing.HandSources.Values)
        {
            var text = source.Published.Text;
            if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                settled[source.Seed] = new PublicationDate(text, source.PublishedBasis, source.PublishedNote, day, NeedsReview: false);
            }
        }

        var dates = PublicationDating.Decide(evidence, settled);

        var plan = new List<PlannedFile>();
        var review = new List<string>();
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var takenSourceIds = existing.SourceIdsBySeed.Values.ToHashSet(StringComparer.Ordinal);
        foreach (var article in evidence)
        {
            var date = dates[article.Seed];
            if (existing.HandSources.TryGetValue(article.Seed, out var hand))
            {
                sources[article.Seed] = hand;
                continue;
            }

            var id = existing.SourceIdsBySeed.TryGetValue(article.Seed, out var known) ? known : UniqueId(SourceId(article), takenSourceIds);
            var source = new Source(id, Nowhere, article.Article.Title ?? Path.GetFileNameWithoutExtension(article.Seed), null,
                EdtfParser.Parse(date.Published), date.Basis, date.Note, "en", null, article.Seed, null);
            sources[article.Seed] = source;
            string? reviewNote = null;
            if (date.NeedsReview)
            {
                reviewNote = "the publication date is not certain; read published_note, settle 'published' and delete this line.";
                review.Add($"{article.Seed}: publication date {date.Published} needs review");
            }

            plan.Add(new PlannedFile($"sources/{id}.yml", [article.Seed], InputYamlWriter.Source(source, reviewNote)));
        }

        var candidates = new List<EventCandidate>();
        var covered = 0;
        foreach (var article in evidence)
        {
            if (dates[article.Seed].Reading is not { } reading)
            {
                review.Add($"{article.Seed}: no events taken, as the publication date is unknown");
                continue;
            }

            foreach (var candidate in EventExtractor.Extract(article.Clauses, article.Seed, reading))
            {
                candidates.Add(candidate);
                if (candidate.Warning is { } warning)
                {
                    review.Add($"{article.Seed}:{candidate.Line}: {warning}");
                }
            }
        }

        var commonPlaces = Dating.EventMatch.CommonPlaces(evidence);
        var groups = EventMerger.Merge(candidates
            .OrderBy(c => EventMerger.DateKey(c.Date), StringComparer.Ordinal)
            .ThenBy(c => c.Seed, StringComparer.Ordinal)
            .ThenBy(c => c.Ordinal), commonPlaces);
        var placeFrequency = Dating.EventMatch.PlaceFrequency(evidence);
        var composer = new EntryComposer(sources, registry, placeFrequency, matcher);
        // Grouping never looks at what people wrote, so the same articles always give the same groups; only
        // then are the groups that a hand-written or edited entry already tells set aside.
        var drafts = Drafts(groups, composer, existing.HandWrittenEntryIds);
        var kept = drafts.Where(d => !existing.Covers(d, sources)).ToList();
        covered = drafts.Count - kept.Count;
        var entries = ImmutableArray.CreateBuilder<Entry>();
        foreach (var draft in kept)
        {
            var entry = composer.Compose(draft, RelatedLinks.For(draft, kept));
            entries.Add(entry);
            plan.Add(new PlannedFile(
                $"entries/{entry.Date.StartYear:D4}/{entry.Id}.yml",
                [.. draft.Reports.Select(r => r.Seed).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                InputYamlWriter.Entry(entry)));
        }

        // One pass over the body: offices the registry does not bear out go to review, unknown titled names become proposals.
        var proposals = new SortedDictionary<string, ProposedName>(StringComparer.Ordinal);
        foreach (var article in evidence)
        {
            foreach (var sentence in article.Sentences.Where(s => s.Kind == ParagraphKind.Body))
            {
                foreach (var mismatch in RoleCheck.Find(sentence.Text, matcher, registry))
                {
                    review.Add($"{article.Seed}:{sentence.Line}: \"{mismatch.Text}\": the registry describes {mismatch.Name} as \"{mismatch.Description}\"");
                }

                foreach (var proposal in matcher.ProposeNew(sentence.Text))
                {
                    proposals.TryAdd(proposal.Id, proposal);
                }
            }
        }

        var outcomes = diagnostics.HasErrors
            ? []
            : IngestWriter.Write(inputRoot, plan, files.Select(f => f.Seed).ToHashSet(StringComparer.Ordinal), options.DryRun);
        return new IngestResult(diagnostics.ToSortedArray(), [.. sources.Values.OrderBy(s => s.Seed, StringComparer.Ordinal)], entries.ToImmutable(), outcomes, [.. review], covered, [.. proposals.Values]);
    }

    private static List<EntryDraft> Drafts(IReadOnlyList<IReadOnlyList<EventCandidate>> groups, EntryComposer composer, IReadOnlySet<string> handIds)
    {
        // Ids of entries people wrote under another name are not reused; the ingest's own ids come out the same each run.
        var taken = new HashSet<string>(handIds, StringComparer.Ordinal);
        var drafts = new List<EntryDraft>();
        foreach (var group in groups)
        {
            var lead = EntryComposer.Lead(group);
            var id = UniqueId(EntryComposer.IdFor(lead.Date, composer.Title(group, lead)), taken);
            drafts.Add(new EntryDraft(id, lead.Date, [.. group]));
        }

        return drafts;
    }

    private static string SourceId(ArticleEvidence article)
    {
        var slug = Ids.Slugify(article.Article.Title ?? Path.GetFileNameWithoutExtension(article.Seed));
        var id = string.Join('-', slug.Split('-').Take(6));
        return Ids.IsValid(id) ? id : "article-" + Ids.Slugify(Path.GetFileNameWithoutExtension(article.Seed));
    }

    private static string UniqueId(string id, HashSet<string> taken)
    {
        var candidate = id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }
}
