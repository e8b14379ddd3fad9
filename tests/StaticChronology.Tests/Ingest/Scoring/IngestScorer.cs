using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Tests.Ingest.Scoring;

/// <summary>Scores ingested sources and entries against a gold standard.</summary>
/// <remarks>
/// An entry matches a gold event when it cites at least one of the event's seeds, names one of its
/// actors (if the gold lists any) and mentions one of its keywords; pairs are assigned one to one,
/// best first (right date, then most shared sources). Dates compare without their qualifiers, so
/// "2014~" for "almost eight years ago" counts as 2014.
/// </remarks>
public static class IngestScorer
{
    public static IngestScore Score(GoldStandard gold, IReadOnlyList<Source> sources, IReadOnlyList<Entry> entries)
    {
        var seedOf = sources.ToDictionary(s => s.Id, s => s.Seed, StringComparer.Ordinal);
        var publicationErrors = new List<string>();
        var publicationRight = 0;
        foreach (var article in gold.Articles)
        {
            var source = sources.FirstOrDefault(s => s.Seed == article.Seed);
            var got = source is null ? "(no source)" : DatePart(source.Published.Text);
            if (got == article.Published)
            {
                publicationRight++;
            }
            else
            {
                publicationErrors.Add($"{article.Seed}: expected {article.Published}, got {got}");
            }
        }

        var candidates = new List<(int Gold, int Entry, bool RightDate, int Shared)>();
        for (var g = 0; g < gold.Events.Length; g++)
        {
            for (var e = 0; e < entries.Count; e++)
            {
                if (Matches(gold.Events[g], entries[e], seedOf, out var shared))
                {
                    candidates.Add((g, e, SameDate(gold.Events[g].Date, entries[e].Date), shared));
                }
            }
        }

        var goldTaken = new Dictionary<int, int>();
        var entryTaken = new HashSet<int>();
        foreach (var (g, e, _, _) in candidates.OrderByDescending(c => c.RightDate).ThenByDescending(c => c.Shared).ThenBy(c => c.Gold).ThenBy(c => c.Entry))
        {
            if (!goldTaken.ContainsKey(g) && entryTaken.Add(e))
            {
                goldTaken[g] = e;
            }
        }

        // An entry that is a second, unmerged report of an already matched event is a real event but a duplicate:
        // an editor has to fold it into the other, so it does not count as a right entry.
        var duplicates = candidates.Where(c => !entryTaken.Contains(c.Entry)).Select(c => c.Entry).ToHashSet();
        var misses = new List<string>();
        var wrongDates = new List<string>();
        var unmerged = new List<string>();
        var found = 0;
        var rightDate = 0;
        var multi = 0;
        var merged = 0;
        for (var g = 0; g < gold.Events.Length; g++)
        {
            var ev = gold.Events[g];
            if (ev.Sources.Length > 1)
            {
                multi++;
            }

            if (!goldTaken.TryGetValue(g, out var e))
            {
                misses.Add($"{ev.Date} {ev.What}");
                continue;
            }

            var entry = entries[e];
            if (SameDate(ev.Date, entry.Date))
            {
                rightDate++;
                found++;
            }
            else
            {
                wrongDates.Add($"{ev.What}: expected {ev.Date}, got {entry.Date.Text} ({entry.Id})");
            }

            if (ev.Sources.Length > 1)
            {
                var cited = entry.Sources.Select(c => seedOf.GetValueOrDefault(c.Source.Id)).ToHashSet(StringComparer.Ordinal);
                if (ev.Sources.All(cited.Contains))
                {
                    merged++;
                }
                else
                {
                    unmerged.Add($"{ev.Date} {ev.What}: {entry.Id} cites {cited.Count} of {ev.Sources.Length}");
                }
            }
        }

        var spurious = entries.Where((_, i) => !entryTaken.Contains(i) && !duplicates.Contains(i)).Select(x => $"{x.Date.Text} {x.Title} ({x.Id})").ToList();
        spurious.AddRange(entries.Where((_, i) => duplicates.Contains(i)).Select(x => $"{x.Date.Text} {x.Title} ({x.Id}) duplicates an event matched by another entry"));
        return new IngestScore(
            gold.Articles.Length, publicationRight, gold.Events.Length, entries.Count, entryTaken.Count,
            found, rightDate, goldTaken.Count, multi, merged, misses, spurious, wrongDates, unmerged, publicationErrors);
    }

    private static bool Matches(GoldEvent gold, Entry entry, Dictionary<string, string> seedOf, out int shared)
    {
        shared = entry.Sources.Select(c => seedOf.GetValueOrDefault(c.Source.Id)).OfType<string>().Distinct().Count(gold.Sources.Contains);
        if (shared == 0)
        {
            return false;
        }

        if (!gold.Actors.IsEmpty && !entry.People.Any(p => gold.Actors.Contains(p.Id)))
        {
            return false;
        }

        var text = string.Join(' ', [entry.Title, entry.Summary, .. entry.Sources.Select(c => c.Quote ?? string.Empty)]);
        return gold.Keywords.IsEmpty || gold.Keywords.Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));
    }

    private static bool SameDate(string gold, EdtfValue date) => Strip(gold) == Strip(date.Text);

    private static string Strip(string edtf) => edtf.Replace("~", string.Empty, StringComparison.Ordinal).Replace("?", string.Empty, StringComparison.Ordinal).Replace("%", string.Empty, StringComparison.Ordinal);

    private static string DatePart(string published) => published.Length > 10 && published[10] == 'T' ? published[..10] : published;
}
