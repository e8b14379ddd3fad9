namespace StaticChronology.Ingest.Articles;

/// <summary>Word-level tests shared by the attribution rules: names, speech verbs, clause and sentence ends.</summary>
internal static class AttributionWords
{
    public static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    public static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLower);

    /// <summary>Speech verbs in running text are lower case; "United States" does not "state".</summary>
    public static bool IsVerb(string word) => Bare(word) is { Length: > 0 } bare && char.IsLower(bare[0]) && SpeechVerbs.All.Contains(bare);

    public static bool EndsClause(string word) => word.Length > 0 && word[^1] is ',' or ';' or ':' or '(' or ')' or '–' or '—';

    public static bool EndsSentence(string word) => word.Length > 0 && word[^1] is '.' or '!' or '?';

    public static string Bare(string word) => word.Trim(',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '‘', '’');

    public static List<string> Words(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter))];

    /// <summary>The words after a closing quote, up to the full stop that ends the sentence.</summary>
    public static string SentenceHead(string text)
    {
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] is ',' or '.' or '?' or '!' or '…' or '”' or '"'))
        {
            start++;
        }

        var end = start;
        while (end < text.Length && !(text[end] is '.' or '!' or '?' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])) && !IsAbbreviationEnd(text, end)) && text[end] is not ('“' or '"'))
        {
            end++;
        }

        return text[start..Math.Min(text.Length, end + 1)];
    }

    public static bool IsAbbreviationEnd(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        var token = text[start..dot];
        return Abbreviations.BeforeNames.Contains(token) || Abbreviations.BeforeNumbers.Contains(token) || Abbreviations.Ambiguous.Contains(token) || (token.Length == 1 && char.IsUpper(token[0]));
    }
}
