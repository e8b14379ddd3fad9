namespace StaticChronology.Ingest.Articles;

/// <summary>Splits paragraphs into sentences, keeping each sentence's exact text and its place in the file.</summary>
/// <remarks>
/// A sentence ends at a full stop, question or exclamation mark or ellipsis (with any closing quote
/// marks and brackets after it) that is followed by white space and a capital, a digit or an opening
/// quote. Then the exceptions, in order: an initial ("Antony J. Blinken"); a title before a name ("Gen.");
/// an abbreviation before a number ("Jan. 7"); one that never ends anything ("e.g."); an ambiguous one
/// ("U.S.", "p.m.") unless a usual sentence opener follows; and a quoted question or trailing ellipsis
/// followed by its attribution ("…” Blinken said."). Sentences inside a long quote are sentences too;
/// the closing quote mark stays with the sentence it closes.
/// </remarks>
public static class SentenceSplitter
{
    private const string Enders = ".!?…";
    private const string Closers = "\"”’')]»";
    private const string Openers = "\"“‘'(«„[";

    public static IReadOnlyList<Sentence> Split(Article article)
    {
        var sentences = new List<Sentence>();
        for (var i = 0; i < article.Paragraphs.Count; i++)
        {
            sentences.AddRange(Split(article.Paragraphs[i], i));
        }

        return sentences;
    }

    public static IReadOnlyList<Sentence> Split(Paragraph paragraph, int paragraphIndex)
    {
        var text = paragraph.Text;
        var sentences = new List<Sentence>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            if (!Enders.Contains(text[i], StringComparison.Ordinal))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < text.Length && Enders.Contains(text[end], StringComparison.Ordinal))
            {
                end++;
            }

            var closed = end;
            while (closed < text.Length && Closers.Contains(text[closed], StringComparison.Ordinal))
            {
                closed++;
            }

            var next = SkipSpace(text, closed);
            if (next > closed && next < text.Length && IsBoundary(text, i, end, closed, next))
            {
                sentences.Add(Make(paragraph, paragraphIndex, start, closed));
                start = next;
            }

            i = Math.Max(closed, i + 1);
        }

        if (start < text.Length && text[start..].Trim().Length > 0)
        {
            sentences.Add(Make(paragraph, paragraphIndex, start, text.Length));
        }

        return sentences;
    }

    /// <param name="mark">Index of the first ending mark.</param>
    /// <param name="end">Index after the run of ending marks.</param>
    /// <param name="closed">Index after the closing quotes and brackets.</param>
    /// <param name="next">Index of the next word.</param>
    private static bool IsBoundary(string text, int mark, int end, int closed, int next)
    {
        var first = text[next];
        if (!(char.IsUpper(first) || char.IsDigit(first) || Openers.Contains(first, StringComparison.Ordinal)))
        {
            return false;
        }

        var nextWord = WordAt(text, next);
        var single = end - mark == 1 && text[mark] == '.';
        if (single && closed == end)
        {
            var before = TokenBefore(text, mark);
            if (before.Length == 1 && char.IsUpper(before[0]))
            {
                return false;
            }

            if (Abbreviations.BeforeNames.Contains(before) || Abbreviations.Inner.Contains(before))
            {
                return false;
            }

            if (Abbreviations.BeforeNumbers.Contains(before) && char.IsDigit(first))
            {
                return false;
            }

            if (Abbreviations.Ambiguous.Contains(before) || (before.Contains('.', StringComparison.Ordinal) && before.Length <= 6))
            {
                return Abbreviations.SentenceStarters.Contains(nextWord);
            }
        }

        // "Is it over?” Blinken asked." and "…Minsk Protocol…” Blinken said.": the attribution finishes the sentence.
        if (closed > end && !single && IsAttribution(text, next))
        {
            return false;
        }

        return true;
    }

    /// <summary>True when the words at <paramref name="index"/> are a short name or noun phrase and then a speech verb.</summary>
    private static bool IsAttribution(string text, int index)
    {
        var words = text[index..].Split((char[]?)null, 6, StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < Math.Min(words.Length, 5); w++)
        {
            var word = words[w].TrimEnd('.', ',', ':', ';');
            if (SpeechVerbs.All.Contains(word))
            {
                return w > 0;
            }

            if (word.Length != words[w].Length)
            {
                return false;
            }
        }

        return false;
    }

    private static string TokenBefore(string text, int mark)
    {
        var start = mark;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return text[start..mark];
    }

    private static string WordAt(string text, int index)
    {
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[index..end];
    }

    private static int SkipSpace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static Sentence Make(Paragraph paragraph, int paragraphIndex, int start, int end)
    {
        var (line, column) = TextPosition.Of(paragraph, start);
        return new Sentence(paragraph.Text[start..end].TrimEnd(), line, column, paragraph.Kind, paragraphIndex) { Offset = start };
    }
}
