using StaticChronology.Ingest.Events;
using StaticChronology.Model;

namespace StaticChronology.Ingest;

/// <summary>Links an entry to the one before it in the same diplomatic sequence.</summary>
/// <remarks>
/// Two entries are in one sequence when an article reports both and they share a person; the later
/// one <c>follows</c> the nearest earlier one, or <c>responds-to</c> it when its report says it answers
/// something ("in response to", "replied", "rejected"). Only the nearest is linked, so a long sequence
/// reads as a chain rather than a web.
/// </remarks>
public static class RelatedLinks
{
    /// <summary>Words that say a statement answers an earlier one.</summary>
    public static readonly string[] ResponseCues =
        ["in response to", "responding to", "responded", "replied", "in reply to", "rejected", "dismissed", "retorted", "reacted", "hit back"];

    public static IReadOnlyList<(string Id, Relation Relation)> For(EntryDraft draft, IReadOnlyList<EntryDraft> all)
    {
        var start = EventExtractor.EarliestDay(draft.Date);
        var people = draft.Reports.SelectMany(r => r.People).ToHashSet(StringComparer.Ordinal);
        var seeds = draft.Reports.Select(r => r.Seed).ToHashSet(StringComparer.Ordinal);
        if (start is null || people.Count == 0)
        {
            return [];
        }

        var previous = all
            .Where(d => d != draft && d.Reports.Any(r => seeds.Contains(r.Seed)) && d.Reports.SelectMany(r => r.People).Any(people.Contains))
            .Select(d => (Draft: d, Start: EventExtractor.EarliestDay(d.Date)))
            .Where(x => x.Start is { } s && s < start && start.Value.DayNumber - s.DayNumber <= 31)
            .OrderByDescending(x => x.Start)
            .ThenBy(x => x.Draft.Id, StringComparer.Ordinal)
            .FirstOrDefault();
        if (previous.Draft is null)
        {
            return [];
        }

        var responds = draft.Reports.Any(r => EventExtractor.ContainsWord(r.Clause, ResponseCues));
        return [(previous.Draft.Id, responds ? Relation.RespondsTo : Relation.Follows)];
    }
}
