namespace StaticChronology.Ingest.Articles;

/// <summary>A non-empty line of an article file, or a paragraph hard-wrapped over several, with where its text starts.</summary>
/// <param name="Number">One-based number of the (first) line.</param>
/// <param name="Text">The line, trimmed; a wrapped paragraph's further lines follow after <c>\n</c>, with their indentation, so columns stay countable.</param>
/// <param name="Column">One-based column (UTF-16 units) of the first character of <paramref name="Text"/>.</param>
/// <param name="Block">Index of the run of consecutive non-empty lines the line belongs to.</param>
/// <param name="LastNumber">One-based number of the last line; <paramref name="Number"/> unless the paragraph is wrapped.</param>
internal sealed record SourceLine(int Number, string Text, int Column, int Block, int LastNumber)
{
    /// <summary>Splits a file into its non-empty lines; CR LF, CR and LF all end a line, and a byte-order mark is not text.</summary>
    public static IReadOnlyList<SourceLine> Split(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        var block = 0;
        var previousEmpty = true;
        foreach (var raw in text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0)
            {
                previousEmpty = true;
                continue;
            }

            if (previousEmpty && lines.Count > 0)
            {
                block++;
            }

            previousEmpty = false;
            var indent = raw.Length - raw.TrimStart().Length;
            if (lines.Count > 0 && lines[^1] is { } previous && previous.Block == block && Wraps(previous.Text.Split('\n')[^1].Trim(), trimmed))
            {
                lines[^1] = previous with { Text = previous.Text + "\n" + raw.TrimEnd(), LastNumber = number };
                continue;
            }

            lines.Add(new SourceLine(number, trimmed, indent + 1, block, number));
        }

        return lines;
    }

    /// <summary>The lines of the file this one covers, each trimmed, with its number.</summary>
    public IEnumerable<(int Number, string Text)> Physical() =>
        Text.Split('\n').Select((text, i) => (Number + i, text.Trim()));

    /// <summary>
    /// True when <paramref name="next"/> continues a paragraph that a hard wrap broke after <paramref name="previous"/>:
    /// the previous line is long and stops mid-sentence, and the next starts in lower case or the previous
    /// ends on a word that cannot end a sentence. A newsletter name under its blurb, or a kicker under a
    /// title, starts with a capital after a complete phrase and stays a line of its own.
    /// </summary>
    private static bool Wraps(string previous, string next)
    {
        if (previous.Length < MinWrappedLength || LineShapes.EndsLikeText(previous))
        {
            return false;
        }

        var lastWord = previous[(previous.LastIndexOf(' ') + 1)..];
        return char.IsLower(next[0]) || char.IsDigit(next[0]) || previous[^1] is ',' or '-' or '–' || ContinuingWords.Contains(lastWord);
    }

    /// <summary>Shorter lines are headings, labels or the last line of a paragraph, not hard-wrapped text.</summary>
    private const int MinWrappedLength = 50;

    /// <summary>Words after which a sentence always goes on.</summary>
    private static readonly HashSet<string> ContinuingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "and", "or", "but", "in", "on", "at", "for", "with", "by", "from", "that", "as",
        "his", "her", "their", "its", "is", "was", "were", "has", "have", "had", "will", "would", "said", "says", "told",
    };
}
