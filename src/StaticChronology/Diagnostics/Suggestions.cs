namespace StaticChronology.Diagnostics;

/// <summary>Finds the closest known names for a "did you mean" hint.</summary>
public static class Suggestions
{
    /// <summary>The candidates within a small edit distance of <paramref name="text"/>, closest first.</summary>
    public static IReadOnlyList<string> Closest(string text, IEnumerable<string> candidates, int max = 3)
    {
        var limit = Math.Max(2, text.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(text.ToUpperInvariant(), c.ToUpperInvariant())))
            .Where(x => x.Distance <= limit)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToList();
    }

    /// <summary>A hint of the form <c>did you mean 'x'?</c>, or null when nothing is close.</summary>
    public static string? DidYouMean(string text, IEnumerable<string> candidates)
    {
        var closest = Closest(text, candidates, 1);
        return closest.Count == 0 ? null : "did you mean '" + closest[0] + "'?";
    }

    /// <summary>Optimal string alignment distance: edits, with a swap of neighbours counting once.</summary>
    public static int Distance(string a, string b)
    {
        // Long ids would make the table large; nothing that far apart is a typo anyway.
        if (Math.Abs(a.Length - b.Length) > 8 || a.Length > 200 || b.Length > 200)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
