namespace StaticChronology.Ingest.Articles;

/// <summary>A non-empty line of an article file, trimmed, with where its text starts.</summary>
/// <param name="Number">One-based line number.</param>
/// <param name="Column">One-based column (UTF-16 units) of the first character of <paramref name="Text"/>.</param>
/// <param name="Block">Index of the run of consecutive non-empty lines the line belongs to.</param>
internal sealed record SourceLine(int Number, string Text, int Column, int Block)
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
            lines.Add(new SourceLine(number, trimmed, raw.Length - raw.TrimStart().Length + 1, block));
        }

        return lines;
    }
}
