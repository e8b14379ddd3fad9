namespace StaticChronology.Ingest.Articles;

/// <summary>Finds the speaker an attribution names, before a quote ("Lavrov said: ") or after it ("," Blinken said.).</summary>
/// <remarks>
/// Word by word rather than one large pattern: a speaker is a run of capitalised words (with name
/// particles), a noun phrase ending in a noun that can speak ("the official"), or a pronoun, standing
/// right by a speech verb. Titles before a name are dropped ("Secretary of State Antony Blinken" names
/// Antony Blinken), but an institution keeps its whole name ("The Russian Foreign Ministry").
/// </remarks>
internal static class Attribution
{
    private const int MaxSpeakerWords = 7;

    /// <summary>The speaker in the words after a closing quote mark, up to the end of the sentence.</summary>
    public static Speaker? After(string text)
    {
        var words = Words(SentenceHead(text));
        if (words.Count == 0)
        {
            return null;
        }

        // ", said Blinken." / ", said the minister."
        if (IsVerb(words[0]))
        {
            var phrase = new List<string>();
            foreach (var word in words.Skip(1).Take(MaxSpeakerWords))
            {
                phrase.Add(Bare(word));
                if (EndsClause(word))
                {
                    break;
                }
            }

            // Right after the verb, "the" opens the speaker whatever the noun: "asked the harbour engineer".
            if (phrase.Count > 1 && SpeakerWords.Determiners.Contains(phrase[0]))
            {
                var cut = phrase.FindIndex(1, SpeakerWords.Prepositions.Contains);
                return new Speaker(string.Join(' ', cut > 0 ? phrase.Take(cut) : phrase), IsPronoun: false);
            }

            while (phrase.Count > 0 && !IsSpeakerEnd(phrase))
            {
                phrase.RemoveAt(phrase.Count - 1);
            }

            return Clean(phrase);
        }

        // ", Blinken said." / ", the official, who spoke on condition of anonymity, added."
        for (var i = 1; i < words.Count && i <= MaxSpeakerWords; i++)
        {
            if (IsVerb(words[i]) && Backward(words, i) is { } speaker)
            {
                return speaker;
            }

            if (EndsClause(words[i - 1]) && i - 1 < MaxSpeakerWords)
            {
                var verb = words.FindIndex(i, w => IsVerb(w) && EndsSentence(w));
                return verb > 0 ? Clean([.. words.Take(i).Select(Bare)]) : null;
            }
        }

        return null;
    }

    /// <summary>The speaker of the last speech verb in the words before an opening quote mark; a name beats a pronoun.</summary>
    public static Speaker? Before(string text)
    {
        var words = Words(text);
        Speaker? pronoun = null;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            if (i >= 1 && string.Equals(Bare(words[i]), "to", StringComparison.OrdinalIgnoreCase) && string.Equals(words[i - 1], "according", StringComparison.OrdinalIgnoreCase))
            {
                var phrase = words.Skip(i + 1).TakeWhile((_, n) => n < MaxSpeakerWords).ToList();
                var end = phrase.FindIndex(EndsClause);
                if (end >= 0 && Clean([.. phrase.Take(end + 1).Select(Bare)]) is { IsPronoun: false } according)
                {
                    return according;
                }
            }

            if (!IsVerb(words[i]) || Backward(words, i) is not { } speaker)
            {
                continue;
            }

            if (!speaker.IsPronoun)
            {
                return speaker;
            }

            pronoun ??= speaker;
        }

        return pronoun;
    }

    /// <summary>The person who is the subject of the last sentence that opens with a name, for resolving a pronoun.</summary>
    /// <remarks>
    /// The subject rather than the last name mentioned: in "Varga-Moren spoke with Prime Minister Tomas
    /// Reyl. 'We agreed,' she said." the speaker is Varga-Moren. An opening phrase up to a comma is
    /// skipped ("Also yesterday, President Joe Biden gave...").
    /// </remarks>
    public static string? LastSubject(string text)
    {
        string? last = null;
        foreach (var sentence in SentenceSplitter.Split(new Paragraph(text, 1, ParagraphKind.Body), 0))
        {
            var words = Words(sentence.Text);
            var comma = words.FindIndex(EndsClause);
            if (words.Count > 0 && comma is >= 0 and < 5 && Ingest.Entities.EntityLexicon.NotNames.Contains(Bare(words[0])))
            {
                words = words[(comma + 1)..];
            }

            if (Subject(words.Take(10).ToList()) is { } subject)
            {
                last = subject;
            }
        }

        return last;
    }

    /// <summary>
    /// The first run of name words that is not a modifier: not a possessive ("Marrow's") and not followed
    /// by a noun that speaks ("Ferry union leader Yusuf Tenberg" names Yusuf Tenberg).
    /// </summary>
    private static string? Subject(List<string> words)
    {
        var run = new List<string>();
        for (var i = 0; i <= words.Count; i++)
        {
            var bare = i < words.Count ? Bare(words[i]) : "";
            if (i < words.Count && (IsNameWord(bare) || IsAcronym(bare) || (run.Count > 0 && SpeakerWords.Particles.Contains(bare))))
            {
                run.Add(bare);
                if (!EndsClause(words[i]))
                {
                    continue;
                }

                bare = i + 1 < words.Count ? Bare(words[i + 1]) : "";
            }

            if (run.Count > 0 && !run[^1].EndsWith("'s", StringComparison.Ordinal) && !run[^1].EndsWith("’s", StringComparison.Ordinal)
                && !SpeakerWords.Agents.Contains(bare) && !SpeakerWords.Agents.Contains(run[^1]) && Clean(run) is { IsPronoun: false } name)
            {
                return name.Text;
            }

            run.Clear();
            if (i < words.Count && EndsSentence(words[i]))
            {
                break;
            }
        }

        return null;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || c == '.');

    private static Speaker? Backward(List<string> words, int verb, bool appositive = false)
    {
        var i = verb - 1;
        while (!appositive && i >= 0 && SpeakerWords.Adverbs.Contains(words[i]) && i > verb - 3)
        {
            i--;
        }

        if (appositive && i >= 0)
        {
            // The word before the aside ends with its comma; read the name as if the comma were not there.
            words = [.. words[..i], words[i].TrimEnd(','), .. words[(i + 1)..]];
        }

        if (i < 0 || EndsSentence(words[i]))
        {
            return null;
        }

        // "Petra Lindqvist-Haas, a spokeswoman for the ministry, said": the name stands before the aside.
        if (EndsClause(words[i]))
        {
            var open = i - 1;
            while (open >= 0 && i - open <= 12 && !EndsClause(words[open]) && !EndsSentence(words[open]))
            {
                open--;
            }

            if (open < 0 || i - open > 12 || !words[open].EndsWith(',') || !SpeakerWords.Determiners.Contains(Bare(words[open + 1])))
            {
                return null;
            }

            i = open;
            if (Backward(words, open + 1, appositive: true) is { IsPronoun: false } named)
            {
                return named;
            }

            return null;
        }

        var phrase = new List<string>();
        var agent = SpeakerWords.Agents.Contains(Bare(words[i]));
        for (; i >= 0 && phrase.Count < MaxSpeakerWords; i--)
        {
            var word = words[i];
            if (phrase.Count > 0 && (EndsClause(word) || EndsSentence(word)))
            {
                break;
            }

            var bare = Bare(word);
            if (SpeakerWords.Pronouns.Contains(bare) && phrase.Count == 0)
            {
                return new Speaker(bare, IsPronoun: true);
            }

            if (SpeakerWords.Determiners.Contains(bare))
            {
                if (agent)
                {
                    phrase.Insert(0, bare);
                }

                break;
            }

            if (!(IsNameWord(bare) || SpeakerWords.Particles.Contains(bare) || (agent && bare.All(c => char.IsLetter(c) || c is '-' or '.' or '\'' or '’'))))
            {
                break;
            }

            phrase.Insert(0, bare);
        }

        return Clean(phrase);
    }

    /// <summary>Drops the title before a person's name; keeps a noun phrase whole; refuses what names nobody.</summary>
    private static Speaker? Clean(List<string> phrase)
    {
        while (phrase.Count > 0 && SpeakerWords.Particles.Contains(phrase[0]))
        {
            phrase.RemoveAt(0);
        }

        if (phrase.Count == 0)
        {
            return null;
        }

        if (phrase.Count == 1 && SpeakerWords.Pronouns.Contains(phrase[0]))
        {
            return new Speaker(phrase[0], IsPronoun: true);
        }

        if (SpeakerWords.Agents.Contains(phrase[^1]))
        {
            return phrase.Count == 1 && !char.IsUpper(phrase[0][0]) ? null : new Speaker(string.Join(' ', phrase), IsPronoun: false);
        }

        var start = phrase.Count;
        while (start > 0 && (IsNameWord(phrase[start - 1]) || SpeakerWords.Particles.Contains(phrase[start - 1])) && !SpeakerWords.TitleWords.Contains(phrase[start - 1]))
        {
            start--;
        }

        while (start < phrase.Count && SpeakerWords.Particles.Contains(phrase[start]))
        {
            start++;
        }

        return start < phrase.Count ? new Speaker(string.Join(' ', phrase.Skip(start)), IsPronoun: false) : null;
    }

    private static bool IsSpeakerEnd(List<string> phrase) =>
        SpeakerWords.Agents.Contains(phrase[^1]) || IsNameWord(phrase[^1]) || (phrase.Count == 1 && SpeakerWords.Pronouns.Contains(phrase[0]));

    private static bool IsNameWord(string word) => word.Length > 0 && char.IsUpper(word[0]) && word.Any(char.IsLower);

    /// <summary>Speech verbs in running text are lower case; "United States" does not "state".</summary>
    private static bool IsVerb(string word) => Bare(word) is { Length: > 0 } bare && char.IsLower(bare[0]) && SpeechVerbs.All.Contains(bare);

    private static bool EndsClause(string word) => word.Length > 0 && word[^1] is ',' or ';' or ':' or '(' or ')' or '–' or '—';

    private static bool EndsSentence(string word) => word.Length > 0 && word[^1] is '.' or '!' or '?';

    private static string Bare(string word) => word.Trim(',', ';', ':', '.', '!', '?', '(', ')', '"', '“', '”', '‘', '’');

    private static List<string> Words(string text) => [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetter))];

    /// <summary>The words after a closing quote, up to the full stop that ends the sentence.</summary>
    private static string SentenceHead(string text)
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

    private static bool IsAbbreviationEnd(string text, int dot)
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
