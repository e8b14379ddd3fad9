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
/// <param name="placeFrequency">In how many articles each place is named.</param>
public sealed class EntryComposer(IReadOnlyDictionary<string, Source> sourcesBySeed, IReadOnlyDictionary<string, RegistryItem> registry, IReadOnlyDictionary<string, int> placeFrequency, EntityMatcher matcher)
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

        foreach (var mismatch in reports.SelectMany(r => RoleCheck.Find(r.Sentence, matcher, registry).Select(m => (r.Seed, m))).DistinctBy(x => (x.Seed, x.m.Text)))
        {
            annotations.Add(new Annotation(AnnotationKind.Discrepancy,
                $"“{SourceOf(mismatch.Seed).Title}” writes “{mismatch.m.Text}”; the registry describes {mismatch.m.Name} as: {mismatch.m.Description}", Nowhere));
        }

        foreach (var disagreement in Figures.Disagreements(reports.Select(r => (SourceOf(r.Seed).Title, r.Sentence))))
        {
            annotations.Add(new Annotation(AnnotationKind.Discrepancy, disagreement, Nowhere));
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

    /// <summary>A short factual title: who, what kind of event, where; for a statement, who says what.</summary>
    public string Title(IReadOnlyList<EventCandidate> reports, EventCandidate lead)
    {
        var kind = TitleKind(reports, lead);
        var people = reports.SelectMany(r => r.People).Distinct(StringComparer.Ordinal).Take(2).Select(ShortName).ToList();
        // The place most reports of the event name, then the most specific: Geneva rather than Russia.
        var place = kind is EventKind.Call ? null : reports.SelectMany(r => r.Places).Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => reports.Count(r => r.Places.Contains(p)))
            .ThenBy(p => placeFrequency.GetValueOrDefault(p)).ThenBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault() is { } placeId ? Name(placeId) : null;
        if (kind == EventKind.Statement)
        {
            var speaker = reports.Select(r => r.Speaker).OfType<string>().FirstOrDefault();
            var content = reports.Select(r => Content(r.Sentence, r.MentionText)).OfType<string>().FirstOrDefault();
            if (speaker is not null && content is not null)
            {
                return ShortName(speaker) + " says " + Gist(content, capitalise: false);
            }

            return Gist(WithoutTime(lead.Clause, lead.MentionText));
        }

        if (people.Count == 0 && kind == EventKind.Meeting && reports.SelectMany(r => r.Organizations).FirstOrDefault() is { } body)
        {
            return Name(body) + " meets" + (place is null ? string.Empty : " in " + place);
        }

        if (people.Count == 0 || kind is EventKind.Other or EventKind.Military or EventKind.Decision)
        {
            return Gist(WithoutTime(lead.Clause, lead.MentionText));
        }

        var subject = people.Count == 1 ? people[0] : people[0] + " and " + people[1];
        var verb = EventLexicon.Verb(kind, people.Count > 1);
        return place is null ? subject + " " + verb : subject + " " + verb + (kind == EventKind.Visit ? " " : " in ") + place;
    }

    /// <summary>A call, meeting or visit names the event better than a statement made at it.</summary>
    private static EventKind TitleKind(IReadOnlyList<EventCandidate> reports, EventCandidate lead)
    {
        foreach (var kind in new[] { EventKind.Call, EventKind.Meeting, EventKind.Visit })
        {
            if (reports.Any(r => r.Kind == kind))
            {
                return kind;
            }
        }

        return lead.Kind;
    }

    private string ShortName(string personId)
    {
        if (!registry.TryGetValue(personId, out var item))
        {
            return personId;
        }

        // "Ursula von der Leyen" is "von der Leyen", not "Leyen".
        var words = item.Name.Split(' ');
        var start = words.Length - 1;
        while (start > 1 && words[start - 1].Length > 0 && char.IsLower(words[start - 1][0]))
        {
            start--;
        }

        return string.Join(' ', words[start..]);
    }

    private string Name(string id) => registry.TryGetValue(id, out var item) ? item.Name : id;

    private static readonly string[] SpeakingVerbs = ["said", "says", "told", "stated", "warned", "mentioned", "informed", "wrote", "added", "declared", "insisted"];

    /// <summary>What a sentence reports as said: the words after "said that", or the words before ", X said".</summary>
    internal static string? Content(string sentence, string mentionText)
    {
        var text = WithoutTime(sentence, mentionText);
        foreach (var verb in SpeakingVerbs)
        {
            var match = System.Text.RegularExpressions.Regex.Match(text, $@"\b{verb}\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
            if (!match.Success)
            {
                continue;
            }

            var after = text[(match.Index + match.Length)..].Trim(' ', ',', ':');
            if (after.StartsWith("that ", StringComparison.Ordinal) && WordCount(after) >= 5)
            {
                return after[5..];
            }

            var comma = text.LastIndexOf(", ", match.Index, StringComparison.Ordinal);
            if (comma > 0 && WordCount(text[..comma]) >= 5)
            {
                return text[..comma];
            }

            if (WordCount(after) >= 5 && !char.IsLower(after.TrimStart('“', '"')[0]))
            {
                return after;
            }
        }

        return null;
    }

    /// <summary>The text without its time expression and the words left dangling by taking it out ("On Dec. 17, Russia issued" reads "Russia issued").</summary>
    internal static string WithoutTime(string text, string mentionText)
    {
        var index = text.IndexOf(mentionText, StringComparison.Ordinal);
        if (index < 0)
        {
            return text;
        }

        var result = text[..index] + text[(index + mentionText.Length)..];
        result = System.Text.RegularExpressions.Regex.Replace(result, @"\b(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring|[Ss]ince|[Bb]y|[Tt]hroughout|[Ll]ate|[Ee]arly|[Aa]lso|a)\s*(?=[,.;]|$)", string.Empty, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        result = System.Text.RegularExpressions.Regex.Replace(result, @"\b(?:[Oo]n|[Ii]n|[Aa]t|[Dd]uring)\s+(?=(?:via|in|at|on|during)\b)", string.Empty, System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        result = System.Text.RegularExpressions.Regex.Replace(result, @"\s+([,.;])", "$1", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        result = System.Text.RegularExpressions.Regex.Replace(result, @",{2,}", ",", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        result = System.Text.RegularExpressions.Regex.Replace(result, @"\s{2,}", " ", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        return result.Trim(' ', ',', ';').TrimStart('.', ' ');
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>At most twelve words of a clause, without quotation marks or a short lead-in ("Ahead of the journey,"), first letter capitalised.</summary>
    internal static string Gist(string clause, bool capitalise = true)
    {
        var comma = clause.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && WordCount(clause[..comma]) <= 4 && WordCount(clause[(comma + 2)..]) >= 5)
        {
            clause = clause[(comma + 2)..];
        }

        var words = clause.Replace("“", string.Empty, StringComparison.Ordinal).Replace("”", string.Empty, StringComparison.Ordinal)
            .Replace("\"", string.Empty, StringComparison.Ordinal).Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = string.Join(' ', words.Take(12)).TrimEnd(',', ';', ':', '.', '–', '—', ' ');
        if (words.Length > 12)
        {
            text += "…";
        }

        return text.Length == 0 || !capitalise ? text : char.ToUpperInvariant(text[0]) + text[1..];
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
