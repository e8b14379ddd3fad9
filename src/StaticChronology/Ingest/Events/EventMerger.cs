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
    /// <param name="commonPlaces">Places most articles name: sharing one tells nothing about two reports.</param>
    public static IReadOnlyList<IReadOnlyList<EventCandidate>> Merge(IEnumerable<EventCandidate> candidates, IReadOnlySet<string>? commonPlaces = null)
    {
        var common = commonPlaces ?? new HashSet<string>();
        var groups = new List<List<EventCandidate>>();
        var all = candidates.ToList();
        foreach (var candidate in all.Where(c => !c.SupportOnly))
        {
            // A group takes a report that is the same event as one of its reports and contradicts none, and among
            // such groups the one it shares most with wins, not the first: Blinken is in half of them.
            var home = groups
                .Where(g => g.Any(m => SameEvent(m, candidate, common)) && !g.Any(m => Conflict(m, candidate, common)))
                .Select(g => (Group: g, Affinity: g.Where(m => SameEvent(m, candidate, common)).Max(m => Affinity(m, candidate))))
                .OrderByDescending(x => x.Affinity)
                .Select(x => x.Group)
                .FirstOrDefault();
            if (home is null)
            {
                groups.Add([candidate]);
            }
            else
            {
                home.Add(candidate);
            }
        }

        // A report of a state ("suspended since Feb. 1") cites the event that began it, if one is there.
        foreach (var support in all.Where(c => c.SupportOnly))
        {
            var home = groups
                .Where(g => g.Any(m => SameEvent(m, support, common) && SharedWords(m, support) > 0) && g.All(m => m.Seed != support.Seed))
                .OrderByDescending(g => g.Max(m => Affinity(m, support) + SharedWords(m, support)))
                .FirstOrDefault();
            home?.Add(support);
        }

        return Absorb(groups);
    }

    /// <summary>
    /// A report that dates an event only roughly ("will go to Ukraine this week and meet Zelenskyy") joins the
    /// report that gives its day ("will land in Kyiv on Wednesday ... meet Zelenskyy") when the day lies inside
    /// the rough date and the two share two people, or a person and the kind of event.
    /// </summary>
    private static List<List<EventCandidate>> Absorb(List<List<EventCandidate>> groups)
    {
        var result = new List<List<EventCandidate>>();
        foreach (var group in groups.OrderBy(g => g[0].Date.Length == 10 ? 0 : 1))
        {
            var rough = group[0];
            var host = rough.Date.Length == 10 || !IsWeekOrLess(rough.Date) ? null : result.FirstOrDefault(r => r[0].Date.Length == 10 && Contains(rough.Date, r[0].Date) && group.Any(c => r.Any(m => Close(c, m))));
            if (host is null)
            {
                result.Add(group);
            }
            else
            {
                host.AddRange(group);
            }
        }

        return [.. result.OrderBy(g => groups.FindIndex(original => g.Any(c => ReferenceEquals(c, original[0]))))];
    }

    private static bool IsWeekOrLess(string date) =>
        date.Split('/') is [var start, var end] && EventExtractor.EarliestDay(start) is { } first && EventExtractor.EarliestDay(end) is { } last &&
        last.DayNumber - first.DayNumber <= 6;

    private static bool Close(EventCandidate a, EventCandidate b)
    {
        var shared = a.People.Intersect(b.People, StringComparer.Ordinal).Count();
        return shared >= 2 || (shared == 1 && KindsAgree(a.Kind, b.Kind) && a.Kind != EventKind.Statement);
    }

    private static bool Contains(string rough, string day)
    {
        var parts = DateKey(rough).Split('/');
        var key = DateKey(day);
        return parts.Length == 2
            ? string.CompareOrdinal(parts[0], key) <= 0 && string.CompareOrdinal(key, parts[1]) <= 0
            : key.StartsWith(parts[0], StringComparison.Ordinal);
    }

    public static bool SameEvent(EventCandidate a, EventCandidate b, IReadOnlySet<string> commonPlaces)
    {
        if (!string.Equals(DateKey(a.Date), DateKey(b.Date), StringComparison.Ordinal))
        {
            return false;
        }

        var peopleA = a.People.ToHashSet(StringComparer.Ordinal);
        var peopleB = b.People.ToHashSet(StringComparer.Ordinal);
        var sharePerson = peopleA.Overlaps(peopleB);
        var kindsAgree = KindsAgree(a.Kind, b.Kind) || a.Kind == EventKind.Statement || b.Kind == EventKind.Statement;
        if (sharePerson)
        {
            if (a.Kind == EventKind.Statement && b.Kind == EventKind.Statement)
            {
                // Two statements on one day are one event only from one speaker through one channel.
                return (a.Speaker is null || b.Speaker is null || a.Speaker == b.Speaker) && (Channel(a.Sentence) is not { } one || Channel(b.Sentence) is not { } other || one == other);
            }

            // The same two people on the same day: one event, whatever each report calls it ("fly to Kessa for the conversation with Reyl", "landed in Kessa for talks with Reyl").
            return kindsAgree || peopleA.Intersect(peopleB, StringComparer.Ordinal).Count() >= 2;
        }

        if (peopleA.Count > 0 && peopleB.Count > 0)
        {
            return false;
        }

        // Two reports that each name a place of their own, and not the same one, are about different things.
        var ownA = a.Places.Where(p => !commonPlaces.Contains(p)).ToList();
        var ownB = b.Places.Where(p => !commonPlaces.Contains(p)).ToList();
        if (ownA.Count > 0 && ownB.Count > 0 && !ownA.Intersect(ownB, StringComparer.Ordinal).Any())
        {
            return false;
        }

        var sharePlace = a.Places.Intersect(b.Places, StringComparer.Ordinal).Any();
        var shareOrganization = a.Organizations.Intersect(b.Organizations, StringComparer.Ordinal).Any();
        return (KindsAgree(a.Kind, b.Kind) && a.Kind is not (EventKind.Statement or EventKind.Other) && (sharePlace || shareOrganization)) ||
            (a.Kind != EventKind.Statement && b.Kind != EventKind.Statement && SharedWords(a, b) is var words && words > 0 &&
                (KindsAgree(a.Kind, b.Kind) || words >= 2) && (sharePlace || shareOrganization || !a.Places.Any() || !b.Places.Any()));
    }

    /// <summary>Remarkable words two reports share ("suspended" and "suspend" count as one), names of registry items aside.</summary>
    public static int SharedWords(EventCandidate a, EventCandidate b)
    {
        var left = Stems(a);
        return Stems(b).Count(left.Contains);
    }

    private static HashSet<string> Stems(EventCandidate candidate)
    {
        var text = candidate.Clause;
        foreach (var entity in candidate.Entities)
        {
            text = text.Replace(entity.Text, " ", StringComparison.Ordinal);
        }

        return text.Split([' ', ',', '.', ';', ':', '"', '“', '”', '(', ')', '–', '—', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length >= 5 && w.All(char.IsLetter) && !EventLexicon.Unremarkable.Contains(w))
            .Select(w => w[..5])
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Two reports that cannot be one event: another day, places of their own that differ, two statements by
    /// different speakers, or people on both sides with nobody in common.
    /// </summary>
    private static bool Conflict(EventCandidate a, EventCandidate b, IReadOnlySet<string> commonPlaces)
    {
        if (!string.Equals(DateKey(a.Date), DateKey(b.Date), StringComparison.Ordinal))
        {
            return true;
        }

        var ownA = a.Places.Where(p => !commonPlaces.Contains(p)).ToList();
        var ownB = b.Places.Where(p => !commonPlaces.Contains(p)).ToList();
        // Only the people each clause names itself: those borrowed from the rest of a sentence prove nothing.
        var peopleA = a.OwnPeople.ToHashSet(StringComparer.Ordinal);
        return (ownA.Count > 0 && ownB.Count > 0 && !ownA.Intersect(ownB, StringComparer.Ordinal).Any()) ||
            (a.Kind == EventKind.Statement && b.Kind == EventKind.Statement && a.Speaker is not null && b.Speaker is not null && a.Speaker != b.Speaker) ||
            (peopleA.Count > 0 && !b.OwnPeople.IsEmpty && !b.OwnPeople.Any(peopleA.Contains));
    }

    /// <summary>A visit is usually made for a meeting: "will travel to Berlin on Thursday to meet Baerbock" and "met Baerbock in Berlin".</summary>
    private static bool KindsAgree(EventKind a, EventKind b) =>
        a == b || (a is EventKind.Meeting or EventKind.Visit && b is EventKind.Meeting or EventKind.Visit);

    private static int Affinity(EventCandidate a, EventCandidate b) =>
        a.People.Intersect(b.People, StringComparer.Ordinal).Count() * 2 +
        a.Places.Intersect(b.Places, StringComparer.Ordinal).Count() +
        (a.Kind == b.Kind ? 1 : 0);

    private static string? Channel(string sentence) =>
        EventLexicon.Channels.FirstOrDefault(c => EventExtractor.ContainsWord(sentence, c.Words)).Channel;

    /// <summary>The date without its qualifiers: "2014~" and "2014" are the same year for merging.</summary>
    public static string DateKey(string edtf) =>
        edtf.Replace("~", string.Empty, StringComparison.Ordinal).Replace("?", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);
}
