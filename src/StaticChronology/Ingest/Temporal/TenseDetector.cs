using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Temporal;

/// <summary>Reads the tense that governs a time mention from cue words, without a part-of-speech tagger.</summary>
/// <remarks>
/// The nearest cue in the mention's clause wins, looking first between the nearest commas and then in the whole clause.
/// A clause ends at ; ! ? or a colon before a space, and before the words
/// of <see cref="TemporalLexicon.ClauseOpeners"/>. Quotation marks do not end a clause: news puts scare quotes inside
/// one. "since" before a date forces the past. Multi-word cues are found first, so the "-ed" of "scheduled to" is not
/// read as a past verb, and an "-ed" word followed by "by" ("followed by") is a participle, not a tense.
/// </remarks>
public static class TenseDetector
{
    private static readonly Regex Words = new(@"[\p{L}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static readonly IReadOnlyList<(string[] Words, Tense Tense)> Cues =
    [
        .. TemporalLexicon.FutureCues.Select(c => (Split(c), Tense.Future)),
        .. TemporalLexicon.PastCues.Select(c => (Split(c), Tense.Past)),
        .. TemporalLexicon.PerfectCues.Select(c => (Split(c), Tense.Past)),
        .. TemporalLexicon.PresentCues.Select(c => (Split(c), Tense.Present)),
    ];

    private static readonly HashSet<string> Openers = new(TemporalLexicon.ClauseOpeners, StringComparer.OrdinalIgnoreCase);

    public static Tense For(string sentence, TimeMention mention)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mention);

        if (mention.Kind == MentionKind.Since || EndsWithSince(sentence[..mention.Start]))
        {
            return Tense.Past;
        }

        // The comma-bounded part of the clause first: in "Russia will respond by mid-February, Peskov said" the
        // attribution after the comma does not govern the date. Only when that part has no cue does the whole clause count.
        var narrow = CueTense(sentence, mention, Clause(sentence, mention, commas: true));
        return narrow != Tense.Unknown ? narrow : CueTense(sentence, mention, Clause(sentence, mention, commas: false));
    }

    private static Tense CueTense(string sentence, TimeMention mention, (int Start, int End) clause)
    {
        var (clauseStart, clauseEnd) = clause;
        var words = Words.Matches(sentence[clauseStart..clauseEnd])
            .Select(m => (Text: Apostrophe(m.Value), Start: clauseStart + m.Index, End: clauseStart + m.Index + m.Length))
            .Where(w => w.End <= mention.Start || w.Start >= mention.End)
            .ToList();

        var best = Tense.Unknown;
        var bestDistance = int.MaxValue;
        var used = new bool[words.Count];

        // Longest cues claim their words first.
        foreach (var (cue, tense) in Cues.OrderByDescending(c => c.Words.Length))
        {
            for (var i = 0; i + cue.Length <= words.Count; i++)
            {
                if (!Matches(words, used, i, cue))
                {
                    continue;
                }

                for (var j = i; j < i + cue.Length; j++)
                {
                    used[j] = true;
                }

                if (cue.Length > 1 || !Governed(words, i))
                {
                    Consider(tense, words[i].Start, words[i + cue.Length - 1].End);
                }
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            if (words[i].Text.EndsWith("'ll", StringComparison.OrdinalIgnoreCase))
            {
                Consider(Tense.Future, words[i].Start, words[i].End);
            }
            else if (IsPastVerb(words[i].Text) && !Governed(words, i) && !(i + 1 < words.Count && words[i + 1].Text.Equals("by", StringComparison.OrdinalIgnoreCase)))
            {
                Consider(Tense.Past, words[i].Start, words[i].End);
            }
        }

        return best;

        void Consider(Tense tense, int start, int end)
        {
            // Distance in characters to the mention; on a tie the cue before the mention wins, as English puts the verb first.
            var distance = end <= mention.Start ? (mention.Start - end) * 2 : ((start - mention.End) * 2) + 1;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = tense;
            }
        }
    }

    private static bool Matches(List<(string Text, int Start, int End)> words, bool[] used, int at, string[] cue)
    {
        for (var k = 0; k < cue.Length; k++)
        {
            if (used[at + k] || !string.Equals(words[at + k].Text, cue[k], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            // Words of one cue must be adjacent in the text, not across a mention.
            if (k > 0 && words[at + k].Start - words[at + k - 1].End > 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A verb right after a modal or a passive auxiliary takes its tense from that word, which is a cue of its own.</summary>
    private static bool Governed(List<(string Text, int Start, int End)> words, int i) =>
        i > 0
        && words[i].Start - words[i - 1].End <= 2
        && (TemporalLexicon.Modals.Contains(words[i - 1].Text)
            || TemporalLexicon.PassiveAuxiliaries.Contains(words[i - 1].Text)
            || words[i - 1].Text.EndsWith("'ll", StringComparison.OrdinalIgnoreCase));

    private static bool IsPastVerb(string word)
    {
        return word.Length > 4
            && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && !TemporalLexicon.NotPastParticiples.Contains(word);
    }

    private static (int Start, int End) Clause(string sentence, TimeMention mention, bool commas)
    {
        var start = 0;
        for (var i = mention.Start - 1; i >= 0; i--)
        {
            if (IsBoundary(sentence, i, commas))
            {
                start = i + 1;
                break;
            }
        }

        var end = sentence.Length;
        for (var i = mention.End; i < sentence.Length; i++)
        {
            if (IsBoundary(sentence, i, commas))
            {
                end = i;
                break;
            }
        }

        // Clause openers cut the clause too: before the mention the last one starts it, after it the first one ends it.
        var origin = start;
        foreach (Match word in Words.Matches(sentence[origin..end]))
        {
            if (!Openers.Contains(word.Value))
            {
                continue;
            }

            var at = origin + word.Index;
            if (at + word.Length <= mention.Start)
            {
                start = Math.Max(start, at);
            }
            else if (at >= mention.End)
            {
                end = at;
                break;
            }
        }

        return (start, end);
    }

    private static bool IsBoundary(string text, int i, bool commas) => text[i] switch
    {
        ';' or '!' or '?' => true,
        ',' => commas && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]),
        ':' => i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static bool EndsWithSince(string before) =>
        before.TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase);

    private static string Apostrophe(string word) => word.Replace('’', '\'');

    private static string[] Split(string cue) => cue.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
