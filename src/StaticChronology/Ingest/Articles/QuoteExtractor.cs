namespace StaticChronology.Ingest.Articles;

/// <summary>Finds the attributed direct quotes in an article's body paragraphs.</summary>
/// <remarks>
/// For each quotation the attribution after it is tried first ("," Blinken said.), then the one
/// before it in the same sentence (Lavrov said: "..." / according to Psaki, "..."); a name beats a
/// pronoun, and a pronoun is resolved to the last speaker of the paragraph, the subject of its last
/// sentence that opens with a name, or the last speaker before it. A quotation with no attribution
/// continues the previous one's speaker when it is a whole sentence in the same paragraph or opens the
/// next. What is left unattributed is kept only when it is a sentence of some length: a word or two in
/// quote marks ("so-called 'guarantees'") is the writer's irony, not a quote.
/// </remarks>
public static class QuoteExtractor
{
    private const int MinUnattributedWords = 6;

    public static IReadOnlyList<ArticleQuote> Extract(Article article)
    {
        var quotes = new List<ArticleQuote>();
        string? lastSpeaker = null;
        var previousQuoteParagraph = -2;
        for (var p = 0; p < article.Paragraphs.Count; p++)
        {
            var paragraph = article.Paragraphs[p];
            if (paragraph.Kind != ParagraphKind.Body)
            {
                continue;
            }

            var text = paragraph.Text;
            var sentences = SentenceSplitter.Split(paragraph, p);
            string? paragraphSpeaker = null;
            var previousClose = -1;
            foreach (var span in QuoteSpan.Find(text))
            {
                var sentenceStart = sentences.LastOrDefault(s => s.Offset <= span.Open)?.Offset ?? 0;
                var regionStart = Math.Max(sentenceStart, previousClose + 1);
                var before = text[regionStart..span.Open];
                previousClose = span.Close;

                var (start, end) = Inner(text, span);
                if (end <= start || !text[start..end].Any(char.IsLetter))
                {
                    continue;
                }

                var after = span.Close < text.Length ? text[(span.Close + 1)..] : "";
                var attributed = Choose(Attribution.After(after), Attribution.Before(before));
                string? speaker;
                if (attributed is null)
                {
                    var opensParagraph = span.Open == 0 && previousQuoteParagraph == p - 1;
                    speaker = before.Trim().Length == 0 ? paragraphSpeaker ?? (opensParagraph ? lastSpeaker : null) : null;
                }
                else if (attributed.IsPronoun)
                {
                    // The last speaker carries on from a quote in the paragraph just before; otherwise the person last named is meant.
                    var previousText = p > 0 ? article.Paragraphs[p - 1].Text : "";
                    speaker = paragraphSpeaker
                        ?? SentenceSubject.Last(text[..span.Open])
                        ?? (previousQuoteParagraph == p - 1 ? lastSpeaker : SentenceSubject.Last(previousText) ?? lastSpeaker);
                }
                else
                {
                    speaker = attributed.Text;
                }

                var quoted = text[start..end];
                var trimmedBefore = before.TrimEnd();
                var fragment = !(char.IsUpper(quoted[0]) && (trimmedBefore.Length == 0 || trimmedBefore.EndsWith(':') || trimmedBefore.EndsWith(',')));
                if (speaker is null && (fragment || LineShapes.Words(quoted).Length < MinUnattributedWords))
                {
                    continue;
                }

                if (speaker is not null)
                {
                    paragraphSpeaker = speaker;
                    lastSpeaker = speaker;
                }

                previousQuoteParagraph = p;
                var (line, column) = TextPosition.Of(paragraph, start);
                quotes.Add(new ArticleQuote(quoted, line, speaker, fragment) { Column = column, ParagraphIndex = p });
            }
        }

        return quotes;
    }

    /// <summary>A name after the quote, else a name before it, else whichever pronoun there is.</summary>
    private static Speaker? Choose(Speaker? after, Speaker? before) =>
        after is { IsPronoun: false } ? after
        : before is { IsPronoun: false } ? before
        : after ?? before;

    /// <summary>The quoted words: inside the marks, trimmed, without the comma that hands over to the attribution.</summary>
    private static (int Start, int End) Inner(string text, QuoteSpan span)
    {
        var start = span.Open + 1;
        var end = span.Close;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return (start, end);
    }
}
