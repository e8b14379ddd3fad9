using System.Globalization;
using StaticChronology.Ingest.Events;
using StaticChronology.Ingest.Temporal;
using StaticChronology.Model;

namespace StaticChronology.Ingest.Dating;

/// <summary>Settles every article's publication date: as stated, or inferred from the text and the rest of the collection.</summary>
/// <remarks>
/// <para>An article that states its date keeps it. One that does not is dated by constraints, intersected:
/// absolute dates in the text (a past date means publication on or after it, a scheduled one before it),
/// and events it places relative to itself that another, already dated article dates exactly ("tomorrow's
/// meeting in Geneva" beside a report of that meeting dated 21 January). Articles dated this way date others
/// in turn, so the passes repeat until nothing changes.</para>
/// <para>When several days remain, they are grouped by how they read the article's relative expressions
/// ("on Tuesday", "next week"); the group whose readings lie closest together wins, since a report is written
/// close to what it reports. If that group holds more than one day, the article's date is that interval and is
/// flagged for review: any of its days gives the same event dates, but the publication day itself is open.
/// A date that nothing constrains is never invented.</para>
/// </remarks>
public static class PublicationDating
{
    private const int LongestWindowDays = 62;

    private static readonly HashSet<MentionKind> Relative =
    [
        MentionKind.Weekday, MentionKind.Deictic, MentionKind.RelativeUnit, MentionKind.Offset, MentionKind.YearsAgo,
    ];

    /// <param name="settled">Dates a person has already set (in a source file they wrote or edited): taken as stated.</param>
    public static IReadOnlyDictionary<string, PublicationDate> Decide(IReadOnlyList<ArticleEvidence> articles, IReadOnlyDictionary<string, PublicationDate>? settled = null)
    {
        var decided = new Dictionary<string, PublicationDate>(StringComparer.Ordinal);
        foreach (var (seed, date) in settled ?? new Dictionary<string, PublicationDate>())
        {
            decided[seed] = date;
        }

        var years = articles.Select(a => a.Article.Published?.Year).OfType<int>().ToList();
        int? yearHint = years.Count == 0 ? null : years.GroupBy(y => y).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        foreach (var article in articles)
        {
            if (!decided.ContainsKey(article.Seed) && article.Article.Published is { } stamp && Day(stamp, yearHint) is { } day)
            {
                decided[article.Seed] = stamp.Year is null
                    ? new PublicationDate(Text(day), PublishedBasis.Inferred,
                        $"The article gives {Long(day, withYear: false)} (\"{stamp.Text}\") without a year; {day.Year} is the year of the other articles of the collection.",
                        day, NeedsReview: false)
                    : new PublicationDate(Text(day), PublishedBasis.Stated, null, day, NeedsReview: false);
            }
        }

        var stated = decided.Keys.ToHashSet(StringComparer.Ordinal);
        var commonPlaces = EventMatch.CommonPlaces(articles);
        for (var pass = 0; pass < 5; pass++)
        {
            var changed = false;
            var events = Events(articles, decided);
            var match = new EventMatch(commonPlaces);
            foreach (var article in articles.Where(a => !stated.Contains(a.Seed)))
            {
                var inferred = Infer(article, events.Where(e => e.Seed != article.Seed).ToList(), articles, yearHint, match);
                if (!decided.TryGetValue(article.Seed, out var previous) || previous != inferred)
                {
                    decided[article.Seed] = inferred;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return decided;
    }

    private static List<EventCandidate> Events(IReadOnlyList<ArticleEvidence> articles, Dictionary<string, PublicationDate> decided) =>
        [.. articles.Where(a => decided.TryGetValue(a.Seed, out var d) && d.Reading is not null && !d.NeedsReview)
            .SelectMany(a => EventExtractor.Extract(a.Clauses, a.Seed, decided[a.Seed].Reading!.Value))];

    private static PublicationDate Infer(ArticleEvidence article, List<EventCandidate> known, IReadOnlyList<ArticleEvidence> all, int? yearHint, EventMatch match)
    {
        // Absolute dates in the text come first: they hold whatever the rest of the collection says.
        var absolute = new List<PublicationWindow>();
        foreach (var clause in article.Clauses)
        {
            if (AnchorConstraint.FromAbsolute(clause.Mention, clause.Tense, yearHint) is { } window)
            {
                absolute.Add(window);
            }
        }

        var anchors = new List<(PublicationWindow Window, int Weight)>();
        foreach (var clause in article.Clauses.Where(c => Relative.Contains(c.Mention.Kind)))
        {
            if (EventExtractor.Companion(clause, article.Clauses, yearHint) is { } day && AnchorConstraint.For(clause.Mention, clause.Tense, day) is { } paired)
            {
                anchors.Add((paired with { Reasons = [Reason(clause, day, $"the text pairs it with {Long(day, withYear: false)}")] }, 3));
            }

            foreach (var other in known)
            {
                if (EventExtractor.EarliestDay(other.Date) is not { } eventDay || other.Date.Length != 10 || match.Strength(clause, other) is not (> 0 and var weight))
                {
                    continue;
                }

                if (AnchorConstraint.For(clause.Mention, clause.Tense, eventDay) is { } anchored)
                {
                    var title = all.First(a => a.Seed == other.Seed).Article.Title ?? other.Seed;
                    anchors.Add((anchored with { Reasons = [Reason(clause, eventDay, $"“{Shorten(clause.Clause)}”, which “{title}” dates to {Long(eventDay, withYear: true)}")] }, weight));
                }
            }
        }

        var bounds = Combine(absolute);
        var days = Candidates(bounds, anchors, out var agreeing);
        if (days.Count == 0)
        {
            var unknown = yearHint is { } y ? y.ToString("D4", CultureInfo.InvariantCulture) + "-XX-XX" : "XXXX-XX-XX";
            return new PublicationDate(unknown, PublishedBasis.Inferred,
                "Nothing in the text fixes the publication date to within two months. Set 'published' by hand.",
                null, NeedsReview: true);
        }

        var best = ClosestReadings(article, days);
        // An absolute date is worth citing only when it bounds the result closely ("a caption dated 14 January"), not "2014".
        var binding = absolute.Where(w =>
            (w.Earliest != DateOnly.MinValue && best[0].DayNumber - w.Earliest.DayNumber is >= 0 and <= 31) ||
            (w.Latest != DateOnly.MaxValue && w.Latest.DayNumber - best[^1].DayNumber is >= 0 and <= 31)).Take(2);
        var note = string.Join(" ", binding.Concat(agreeing).SelectMany(w => w.Reasons).Distinct(StringComparer.Ordinal).Select(r => Sentence(r)));
        if (best.Count == 1)
        {
            return new PublicationDate(Text(best[0]), PublishedBasis.Inferred, note + $" Publication: {Long(best[0], true)}.", best[0], NeedsReview: false);
        }

        var first = best[0];
        var last = best[^1];
        return new PublicationDate($"{Text(first)}/{Text(last)}", PublishedBasis.Inferred,
            note + $" The text allows {Long(first, true)} to {Long(last, true)}; every one of these days reads its dates the same way, but nothing chooses between them.",
            first, NeedsReview: true);
    }

    /// <summary>
    /// The days inside the absolute bounds that agree with the most anchors. Anchors come from matching events
    /// across articles, and a match can be wrong; a day most of them allow outvotes the odd one out.
    /// </summary>
    private static List<DateOnly> Candidates(PublicationWindow? bounds, List<(PublicationWindow Window, int Weight)> weighted, out List<PublicationWindow> agreeing)
    {
        agreeing = [];
        var inBounds = weighted.Where(a => a.Window.Earliest <= a.Window.Latest && (bounds is null || (a.Window.Latest >= bounds.Earliest && a.Window.Earliest <= bounds.Latest))).ToList();
        if (inBounds.Count == 0)
        {
            if (bounds is null || bounds.Latest.DayNumber - bounds.Earliest.DayNumber > LongestWindowDays)
            {
                return [];
            }

            return [.. Days(bounds.Earliest, bounds.Latest)];
        }

        var first = inBounds.Min(a => a.Window.Earliest);
        var last = inBounds.Max(a => a.Window.Latest);
        if (bounds is not null)
        {
            first = first < bounds.Earliest ? bounds.Earliest : first;
            last = last > bounds.Latest ? bounds.Latest : last;
        }

        var scored = Days(first, last).Select(d => (Day: d, Votes: inBounds.Where(a => a.Window.Earliest <= d && d <= a.Window.Latest).Sum(a => a.Weight))).ToList();
        var most = scored.Max(x => x.Votes);
        var chosen = scored.Where(x => x.Votes == most).Select(x => x.Day).ToList();
        agreeing = [.. inBounds.Select(a => a.Window).Where(a => chosen.All(d => a.Earliest <= d && d <= a.Latest))];
        return chosen;
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            yield return day;
        }
    }

    /// <summary>Intersects the windows in order, leaving out any that would contradict those already taken.</summary>
    private static PublicationWindow? Combine(List<PublicationWindow> windows)
    {
        PublicationWindow? combined = null;
        foreach (var window in windows)
        {
            var next = combined is null ? window : AnchorConstraint.Intersect([combined, window]);
            if (next is not null && next.Earliest <= next.Latest)
            {
                combined = next;
            }
        }

        return combined;
    }

    /// <summary>The days of the window whose readings of the relative expressions lie closest together, in order.</summary>
    private static List<DateOnly> ClosestReadings(ArticleEvidence article, List<DateOnly> days)
    {
        // "Nobody won today," he said: a relative word inside a quote counts from when it was said, not from publication.
        var relative = article.Clauses
            .Where(c => Relative.Contains(c.Mention.Kind) && !EventExtractor.IsInsideQuotes(c.Sentence.Text, c.Mention.Start))
            .ToList();
        var classes = new List<(string Signature, int Span, List<DateOnly> Days)>();
        foreach (var day in days)
        {
            var readings = relative.Select(c => TemporalResolver.Resolve(c.Mention, c.Tense, day)?.Edtf ?? "-").ToList();
            // Only readings to the day measure closeness: "last month" spans the same weeks whichever day it is read on.
            var starts = readings.Where(r => r.Length == 10).Select(EventExtractor.EarliestDay).OfType<DateOnly>().ToList();
            var span = starts.Count == 0 ? 0 : starts.Max().DayNumber - starts.Min().DayNumber;
            var signature = string.Join("|", readings);
            var existing = classes.FindIndex(c => c.Signature == signature);
            if (existing >= 0)
            {
                classes[existing].Days.Add(day);
            }
            else
            {
                classes.Add((signature, span, [day]));
            }
        }

        var smallest = classes.Min(c => c.Span);
        var best = classes.Where(c => c.Span == smallest).ToList();
        return [.. best.SelectMany(c => c.Days).Order()];
    }

    private static string Reason(DatedClause clause, DateOnly eventDay, string evidence) =>
        $"\"{clause.Mention.Text}\"{(clause.Tense == Tense.Unknown ? string.Empty : $" ({clause.Tense.ToString().ToLowerInvariant()} tense)")} refers to {Long(eventDay, withYear: true)}: {evidence}";

    private static DateOnly? Day(Articles.PublicationStamp stamp, int? yearHint) =>
        (stamp.Year ?? yearHint) is { } year && stamp.Month is >= 1 and <= 12 && stamp.Day >= 1 && stamp.Day <= DateTime.DaysInMonth(year, stamp.Month)
            ? new DateOnly(year, stamp.Month, stamp.Day)
            : null;

    private static string Shorten(string clause) => EntryComposer.Gist(clause);

    private static string Sentence(string reason)
    {
        var text = reason.Trim();
        text = char.ToUpperInvariant(text[0]) + text[1..];
        return text.EndsWith('.') ? text : text + ".";
    }

    internal static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Long(DateOnly day, bool withYear) =>
        day.ToString(withYear ? "dddd d MMMM yyyy" : "d MMMM", CultureInfo.InvariantCulture);
}
