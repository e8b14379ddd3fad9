using static StaticChronology.Ingest.Articles.AttributionWords;

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

    /// <summary>Words an aside between a name and its verb may have ("a spokeswoman for Marrow's foreign ministry").</summary>
    private const int MaxAsideWords = 12;

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

            if (!IsVerb(words[i]))
            {
                continue;
            }

            // "..., adding: “...”": a participle has no subject of its own and refers back.
            var speaker = Backward(words, i) ?? (Bare(words[i]).EndsWith("ing", StringComparison.Ordinal) ? new Speaker(Bare(words[i]), IsPronoun: true) : null);
            if (speaker is null)
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

    private static Speaker? Backward(List<string> words, int verb, bool afterAside = false)
    {
        var i = verb - 1;
        while (!afterAside && i >= 0 && SpeakerWords.Adverbs.Contains(words[i]) && i > verb - 3)
        {
            i--;
        }

        if (i < 0 || EndsSentence(words[i]))
        {
            return null;
        }

        if (EndsClause(words[i]))
        {
            return BeforeAside(words, i);
        }

        // "Zakharova called on the West ... and considered US statements “...”": the verb shares the clause's subject.
        if (string.Equals(words[i], "and", StringComparison.Ordinal))
        {
            return new Speaker(words[i], IsPronoun: true);
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

    /// <summary>"Petra Lindqvist-Haas, a spokeswoman for the ministry, said": the name stands before the aside.</summary>
    private static Speaker? BeforeAside(List<string> words, int closingComma)
    {
        var open = closingComma - 1;
        while (open >= 0 && closingComma - open <= MaxAsideWords && !EndsClause(words[open]) && !EndsSentence(words[open]))
        {
            open--;
        }

        if (open < 0 || closingComma - open > MaxAsideWords || !words[open].EndsWith(',') || !SpeakerWords.Determiners.Contains(Bare(words[open + 1])))
        {
            return null;
        }

        // Read the name as if the comma that opens the aside were not there.
        List<string> unmarked = [.. words[..open], words[open].TrimEnd(','), .. words[(open + 1)..]];
        return Backward(unmarked, open + 1, afterAside: true) is { IsPronoun: false } named ? named : null;
    }

    /// <summary>Drops the title before a person's name; keeps a noun phrase whole; refuses what names nobody.</summary>
    internal static Speaker? Clean(List<string> phrase)
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
}
