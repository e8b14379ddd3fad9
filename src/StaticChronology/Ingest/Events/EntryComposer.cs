using System.Collections.Immutable;
using System.Globalization;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Entities;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Ingest.Events;

/// <summary>Turns a group of reports of one event into an entry in the input format.</summary>
/// <remarks>
/// Everything in the entry comes from the articles: the summary is the best report's own sentence,
/// each source is cited with the sentence that reports the event, verbatim, and the annotations say
/// how the date was worked out, which names were corrected, and what was announced before it happened.
/// The title is a short factual line built from the people, the kind of event and the place.
/// </remarks>
public sealed class EntryComposer(IReadOnlyDictionary<string, Source> sourcesBySeed, IReadOnlyDictionary<string, RegistryItem> registry)
{
    private static readonly SourceLocation Nowhere = SourceLocation.FileStart("ingest");

    public Entry Compose(EntryDraft draft, IReadOnlyList<(string Id, Relation Relation)> related)
    {
        var reports = draft.Reports;
        var lead = Lead(reports);
        var occurred = reports.Any(r => r.Status == EntryStatus.Occurred);
        var annotations = ImmutableArray.CreateBuilder<Annotation>();
        foreach (var group in reports.GroupBy(r => r.Seed, StringComparer.Ordinal))
        {
            var first = group.First();
            var prefix = reports.Select(r => r.Seed).Distinct(StringComparer.Ordinal).Count() > 1 ? $"In “{SourceOf(first.Seed).Title}”: " : string.Empty;
            annotations.Add(new Annotation(AnnotationKind.Date, prefix + first.DateNote, Nowhere));
            foreach (var warning in group.Select(r => r.Warning).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                annotations.Add(new Annotation(AnnotationKind.Discrepancy, prefix + warning, Nowhere));
            }
        }

        foreach (var correction in reports.SelectMany(r => r.Entities.Where(e => e.IsCorrection).Select(e => (r.Seed, e)))
            .DistinctBy(x => (x.Seed, x.e.Text)))
        {
            annotations.Add(new Annotation(AnnotationKind.Correction,
                $"“{SourceOf(correction.Seed).Title}” writes “{correction.e.Text}”; this is {correction.e.Name}.", Nowhere));
        }

        if (occurred && reports.FirstOrDefault(r => r.Status == EntryStatus.Planned) is { } announced)
        {
            var source = SourceOf(announced.Seed);
            annotations.Add(new Annotation(AnnotationKind.Note,
                $"Announced in advance: “{source.Title}” ({source.Published.Text}) reported it as planned.", Nowhere));
        }

        var citations = reports
            .DistinctBy(r => (r.Seed, r.Sentence))
            .Select(r => new Citation(
                new Reference(SourceOf(r.Seed).Id, Nowhere),
                r.Sentence,
                r.Speaker is { } speaker ? new Reference(speaker, Nowhere) : null))
            .ToImmutableArray();

        return new Entry(
            draft.Id,
            Nowhere,
            EdtfParser.Parse(draft.Date),
            Title(reports, lead),
            lead.Sentence,
            Nowhere,
            occurred ? EntryStatus.Occurred : EntryStatus.Planned,
            References(reports, RegistryKind.Person),
            References(reports, RegistryKind.Place),
            References(reports, RegistryKind.Organization),
            [new Reference(Tag(lead.Kind), Nowhere)],
            citations,
            annotations.ToImmutable(),
            [.. related.Select(r => new RelatedLink(new Reference(r.Id, Nowhere), r.Relation))],
            Draft: false);
    }

    /// <summary>The report the entry is written from: one that saw the event happen, then the one naming most.</summary>
    public static EventCandidate Lead(IReadOnlyList<EventCandidate> reports) =>
        reports.OrderBy(r => r.Status == EntryStatus.Occurred ? 0 : 1)
            .ThenByDescending(r => r.Entities.Length)
            .ThenBy(r => r.Seed, StringComparer.Ordinal)
            .ThenBy(r => r.Ordinal)
            .First();

    /// <summary>A short factual title: who, what kind of event, where.</summary>
    public string Title(IReadOnlyList<EventCandidate> reports, EventCandidate lead)
    {
        var people = reports.SelectMany(r => r.People).Distinct(StringComparer.Ordinal).Take(2).Select(ShortName).ToList();
        if (lead.Kind == EventKind.Statement && lead.Speaker is { } speaker)
        {
            people = [ShortName(speaker)];
        }

        var place = reports.SelectMany(r => r.Places).FirstOrDefault() is { } placeId ? Name(placeId) : null;
        var subject = people.Count switch
        {
            0 => reports.SelectMany(r => r.Organizations).FirstOrDefault() is { } org ? Name(org) : null,
            1 => people[0],
            _ => people[0] + " and " + people[1],
        };
        if (subject is null || lead.Kind is EventKind.Other or EventKind.Military || (lead.Kind == EventKind.Statement && people.Count == 0))
        {
            return Gist(lead.Clause);
        }

        if (lead.Kind == EventKind.Statement)
        {
            return subject + ": " + Gist(Reported(lead.Clause));
        }

        var verb = EventLexicon.Verb(lead.Kind, lead.Status == EntryStatus.Planned, people.Count > 1);
        var where = place is null ? string.Empty : (lead.Kind == EventKind.Visit ? " " : " in ") + place;
        return lead.Kind == EventKind.Visit && place is not null ? subject + " " + verb + where : subject + " " + verb + where;
    }

    private string ShortName(string personId) =>
        registry.TryGetValue(personId, out var item) ? item.Name.Split(' ')[^1] : personId;

    private string Name(string id) => registry.TryGetValue(id, out var item) ? item.Name : id;

    /// <summary>What was said: the words after the speaking verb, or the clause itself.</summary>
    private static string Reported(string clause)
    {
        foreach (var marker in new[] { " said that ", " says that ", " stated that ", " said ", " says ", " stated ", " warned that ", ": " })
        {
            var index = clause.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0 && index + marker.Length < clause.Length - 10)
            {
                return clause[(index + marker.Length)..];
            }
        }

        return clause;
    }

    /// <summary>At most twelve words of a clause, without quotation marks, first letter capitalised.</summary>
    internal static string Gist(string clause)
    {
        var words = clause.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal)
            .Replace("\"", string.Empty, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.Take(12)).TrimEnd(',', ';', ':', '.', '–', '—', ' ');
        if (words.Length > 12)
        {
            text += "…";
        }

        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static ImmutableArray<Reference> References(IEnumerable<EventCandidate> reports, RegistryKind kind) =>
        [.. reports.SelectMany(r => r.Entities).Where(e => e.Kind == kind).Select(e => e.Id).Distinct(StringComparer.Ordinal).Select(id => new Reference(id, Nowhere))];

    private static string Tag(EventKind kind) => kind switch
    {
        EventKind.Meeting or EventKind.Call or EventKind.Visit => "diplomacy",
        EventKind.Military => "military-buildup",
        EventKind.Statement => "statements",
        _ => "events",
    };

    private Source SourceOf(string seed) => sourcesBySeed[seed];

    /// <summary>The entry's id: its date and its title, as the repository names entries (<c>2022-01-21-blinken-and-lavrov-meet-in-geneva</c>).</summary>
    public static string IdFor(string date, string title)
    {
        var start = MergerDate(date);
        var slug = Ids.Slugify(title);
        var words = slug.Split('-');
        var shortSlug = string.Join('-', words.Take(8));
        return start + "-" + shortSlug;
    }

    private static string MergerDate(string date)
    {
        var start = EventMerger.DateKey(date).Split('/')[0];
        return start.Replace('X', 'x').TrimEnd('-').ToLower(CultureInfo.InvariantCulture).Replace("xx", string.Empty, StringComparison.Ordinal).TrimEnd('-');
    }
}
