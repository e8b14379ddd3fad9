using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Events;

/// <summary>Numbers that reports of one event give for the same thing, and where they disagree.</summary>
/// <remarks>
/// A figure is a number and the word it counts ("100,000 troops", "88 votes"). Two reports that count the
/// same word differently disagree, and the entry says so rather than pick one: "“A” gives 100,000 troops;
/// “B” gives 175,000 troops". Years, dates and times are not figures.
/// </remarks>
public static partial class Figures
{
    public static IReadOnlyList<string> Disagreements(IEnumerable<(string Source, string Text)> reports)
    {
        var counts = new SortedDictionary<string, SortedDictionary<decimal, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (var (source, text) in reports)
        {
            foreach (Match match in Figure().Matches(text))
            {
                var number = decimal.Parse(match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                var word = match.Groups["word"].Value.ToLowerInvariant();
                if (number is >= 1900 and <= 2100 && !match.Groups["number"].Value.Contains(',', StringComparison.Ordinal))
                {
                    continue;
                }

                if (!counts.TryGetValue(word, out var byNumber))
                {
                    counts[word] = byNumber = [];
                }

                if (!byNumber.TryGetValue(number, out var sources))
                {
                    byNumber[number] = sources = new SortedSet<string>(StringComparer.Ordinal);
                }

                sources.Add(source);
            }
        }

        var result = new List<string>();
        foreach (var (word, byNumber) in counts)
        {
            // Only sources that give one number for the word take part: one giving two is counting two things.
            var single = byNumber.Values.SelectMany(s => s).GroupBy(s => s, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
            var filtered = byNumber
                .Select(x => (Number: x.Key, Sources: x.Value.Where(single.Contains).ToList()))
                .Where(x => x.Sources.Count > 0)
                .ToList();
            if (filtered.Count < 2)
            {
                continue;
            }

            result.Add("The sources disagree: " + string.Join("; ", filtered.Select(x =>
                $"{string.Join(" and ", x.Sources.Select(s => $"“{s}”"))} {(x.Sources.Count > 1 ? "give" : "gives")} {x.Number.ToString("#,0.##", CultureInfo.InvariantCulture)} {word}")) + ".");
        }

        return result;
    }

    [GeneratedRegex(@"(?<![\d.,-])(?<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s+(?<word>[A-Za-z]{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
