namespace StaticChronology.Ingest.Articles;

/// <summary>Where a quotation sits in a paragraph: its marks and the words between them.</summary>
/// <param name="Open">Index of the opening mark.</param>
/// <param name="Close">Index of the closing mark, or the paragraph's length when the quote runs on into the next paragraph.</param>
internal sealed record QuoteSpan(int Open, int Close)
{
    private const string Openers = "“„«\"";

    /// <summary>Finds the quotations in a paragraph. A straight quote opens after a space or bracket and closes anywhere else.</summary>
    public static IReadOnlyList<QuoteSpan> Find(string text)
    {
        var spans = new List<QuoteSpan>();
        var open = -1;
        var opener = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (open < 0)
            {
                if (Openers.Contains(c, StringComparison.Ordinal) && (c != '"' || i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–' or ':'))
                {
                    open = i;
                    opener = c;
                }

                continue;
            }

            if (IsCloser(opener, c))
            {
                spans.Add(new QuoteSpan(open, i));
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans.Add(new QuoteSpan(open, text.Length));
        }

        return spans;
    }

    private static bool IsCloser(char opener, char c) => opener switch
    {
        '“' => c is '”' or '"',
        '„' => c is '“' or '”' or '"',
        '«' => c == '»',
        _ => c is '"' or '”',
    };
}
