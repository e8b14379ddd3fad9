namespace StaticChronology.Ingest.Events;

/// <summary>Groups the candidates that report one event: within an article and across articles.</summary>
/// <remarks>
/// Candidates merge only on the same date (qualifiers aside): two reports a day apart are two events
/// until an editor says otherwise. On one day they merge when they share a person and their kinds agree,
/// or, naming no person, share a place and the kind of event ("the two agreed to meet in Geneva on
/// Friday" and "Blinken met Lavrov on Jan. 21 in Geneva"). A statement and the meeting it was made at are
/// one event when they share people; two statements by different people are not.
/// </remarks>
public static class EventMerger
{
    public static IReadOnlyList<IReadOnlyList<EventCandidate>> Merge(IEnumerable<EventCandidate> candidates)
    {
        var groups = new List<List<EventCandidate>>();
        foreach (var candidate in candidates)
        {
            var home = groups.FirstOrDefault(g => g.Any(member => SameEvent(member, candidate)));
            if (home is null)
            {
                groups.Add([candidate]);
            }
            else
            {
                home.Add(candidate);
            }
        }

        return groups;
    }

    public static bool SameEvent(EventCandidate a, EventCandidate b)
    {
        if (!string.Equals(DateKey(a.Date), DateKey(b.Date), StringComparison.Ordinal))
        {
            return false;
        }

        var peopleA = a.People.ToHashSet(StringComparer.Ordinal);
        var peopleB = b.People.ToHashSet(StringComparer.Ordinal);
        var sharePerson = peopleA.Overlaps(peopleB);
        var kindsAgree = a.Kind == b.Kind || a.Kind == EventKind.Statement || b.Kind == EventKind.Statement;
        if (sharePerson)
        {
            // Two statements by different speakers on one day are two events, even if they name the same people.
            return kindsAgree && (a.Speaker is null || b.Speaker is null || a.Speaker == b.Speaker || a.Kind != EventKind.Statement || b.Kind != EventKind.Statement);
        }

        if (peopleA.Count > 0 && peopleB.Count > 0)
        {
            return false;
        }

        var sharePlace = a.Places.Intersect(b.Places, StringComparer.Ordinal).Any();
        var shareOrganization = a.Organizations.Intersect(b.Organizations, StringComparer.Ordinal).Any();
        return a.Kind == b.Kind && a.Kind is EventKind.Meeting or EventKind.Call or EventKind.Visit && (sharePlace || shareOrganization);
    }

    /// <summary>The date without its qualifiers: "2014~" and "2014" are the same year for merging.</summary>
    public static string DateKey(string edtf) =>
        edtf.Replace("~", string.Empty, StringComparison.Ordinal).Replace("?", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);
}
