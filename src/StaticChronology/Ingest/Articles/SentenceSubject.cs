using static StaticChronology.Ingest.Articles.AttributionWords;

namespace StaticChronology.Ingest.Articles;

/// <summary>Finds who a paragraph is about, so that "she said" can be given a name.</summary>
internal static class SentenceSubject
{
    /// <summary>The person who is the subject of the last sentence that opens with a name, for resolving a pronoun.</summary>
    /// <remarks>
    /// The subject rather than the last name mentioned: in "Varga-Moren spoke with Prime Minister Tomas
    /// Reyl. 'We agreed,' she said." the speaker is Varga-Moren. An opening phrase up to a comma is
    /// skipped ("Also yesterday, President Joe Biden gave...").
    /// </remarks>
    public static string? Last(string text)
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
                && !SpeakerWords.Agents.Contains(bare) && !SpeakerWords.Agents.Contains(run[^1]) && Attribution.Clean(run) is { IsPronoun: false } name)
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
}
