using StaticChronology.Ingest.Events;

namespace StaticChronology.Ingest.Dating;

/// <summary>Whether a relative time expression of one article refers to an event another article dates, and how strongly the two agree.</summary>
/// <remarks>
/// Stricter than merging, since a wrong match moves a whole article. Two reports that share two people
/// match whatever their kinds ("Kuleba had a phone call with Blinken ... Kuleba said" and "Blinken phoned
/// Kuleba"). Otherwise the kinds must agree and the reports must share a place, and a statement must also
/// have the same speaker. Two reports that both name places must share one ("met in Berlin" is not "met in
/// Geneva"). Places that most articles of the collection name (the countries at the centre of the story)
/// tell nothing apart and are ignored.
/// </remarks>
public sealed class EventMatch(IReadOnlySet<string> commonPlaces)
{
    /// <summary>0 when the clause and the event are not the same happening; otherwise the number of things they share.</summary>
    public int Strength(DatedClause clause, EventCandidate other)
    {
        if (clause.Kind == EventKind.Other || other.Kind == EventKind.Other)
        {
            return 0;
        }

        var people = clause.OwnPeople.ToHashSet(StringComparer.Ordinal);
        var sharedPeople = other.People.Count(people.Contains);
        var places = clause.Places.Where(p => !commonPlaces.Contains(p)).ToHashSet(StringComparer.Ordinal);
        var otherPlaces = other.Places.Where(p => !commonPlaces.Contains(p)).ToList();
        var sharePlace = otherPlaces.Any(places.Contains);
        if (places.Count > 0 && otherPlaces.Count > 0 && !sharePlace)
        {
            return 0;
        }

        var strength = sharedPeople + (sharePlace ? 1 : 0) + (clause.Kind == other.Kind ? 1 : 0);
        if (sharedPeople >= 2)
        {
            return strength;
        }

        if (clause.Kind != other.Kind)
        {
            return 0;
        }

        // One shared name is weak evidence (Blinken is in every report); a shared place must back it.
        var matches = clause.Kind == EventKind.Statement
            ? clause.Speaker is not null && clause.Speaker == other.Speaker && sharePlace
            : sharePlace;
        return matches ? strength : 0;
    }

    /// <summary>In how many articles each place is named.</summary>
    public static IReadOnlyDictionary<string, int> PlaceFrequency(IReadOnlyList<ArticleEvidence> articles) =>
        articles
            .SelectMany(a => a.Clauses.SelectMany(c => c.Entities).Where(e => e.Kind == Model.RegistryKind.Place).Select(e => e.Id).Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Places named by more than half of the articles.</summary>
    public static IReadOnlySet<string> CommonPlaces(IReadOnlyList<ArticleEvidence> articles) =>
        PlaceFrequency(articles).Where(p => p.Value * 2 > articles.Count).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
}
