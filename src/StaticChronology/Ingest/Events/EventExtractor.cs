using System.Collections.Immutable;
using StaticChronology.Ingest.Articles;
using StaticChronology.Ingest.Entities;
using StaticChronology.Ingest.Temporal;
using StaticChronology.Model;

namespace StaticChronology.Ingest.Events;

/// <summary>Turns the dated statements of one article into event candidates, one per time expression that names an event date.</summary>
/// <remarks>
/// What is left out, as an editor would: captions (their dates date the photo, not an event), spans
/// and states ("since 2002", "for months", "within 30 days"), vague times ("recently", "a few days
/// ago"), and forecasts (a future clause hedged with "may", "could", "likely").
/// </remarks>
public static class EventExtractor
{
    private static readonly string[] ClauseBreaks = ["; ", " – ", " — ", ", and ", ", while ", ", where ", ", but ", ", which ", ", followed by "];

    /// <summary>Every time expression of the article's body with the clause it governs: what dating needs before the publication date is known.</summary>
    public static IReadOnlyList<DatedClause> Read(Article article, EntityMatcher matcher) =>
        Read(article, SentenceSplitter.Split(article), matcher);

    /// <param name="sentences">The article's sentences, as <see cref="SentenceSplitter.Split(Article)"/> gives them.</param>
    public static IReadOnlyList<DatedClause> Read(Article article, IReadOnlyList<Sentence> sentences, EntityMatcher matcher)
    {
        var quotes = QuoteExtractor.Extract(article);
        var clauses = new List<DatedClause>();
        var ordinal = 0;
        foreach (var sentence in sentences)
        {
            ordinal++;
            var mentions = TemporalTagger.Tag(sentence.Text);
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                var clause = Clause(sentence.Text, mentions, i);
                if (WordCount(clause) < 4)
                {
                    // A date set off by dashes ("In the coming week – January 10th – talks ... are planned") governs what follows the dash.
                    clause = Clause(sentence.Text, mentions, i, dashes: false);
                }

                var own = matcher.Find(clause);
                var entities = own;
                if (!entities.Any(e => e.Kind == RegistryKind.Person))
                {
                    entities = [.. entities, .. matcher.Find(sentence.Text).Where(e => e.Kind == RegistryKind.Person && !entities.Any(x => x.Id == e.Id))];
                }

                var offset = Math.Max(0, sentence.Text.IndexOf(clause, StringComparison.Ordinal));
                var kind = KindNear(clause, mention.Start - offset) is var k && k != EventKind.Other ? k : KindNear(sentence.Text, mention.Start);
                clauses.Add(new DatedClause(
                    sentence, mention, TenseDetector.For(sentence.Text, mention), clause, entities, kind,
                    Speaker(sentence, quotes, entities, clause, matcher), ordinal, own));
            }
        }

        return clauses;
    }

    public static IReadOnlyList<EventCandidate> Extract(Article article, string seed, DateOnly publication, EntityMatcher matcher) =>
        Extract(Read(article, matcher), seed, publication);

    public static IReadOnlyList<EventCandidate> Extract(IReadOnlyList<DatedClause> clauses, string seed, DateOnly publication)
    {
        var candidates = new List<EventCandidate>();
        DateOnly? lastMentioned = null;
        Sentence? sentence = null;
        DateOnly? sentenceFirstDay = null;
        foreach (var dated in clauses)
        {
            if (SinceDay(dated, publication) is { } support)
            {
                candidates.Add(support);
                continue;
            }

            if (!ReferenceEquals(dated.Sentence, sentence))
            {
                sentence = dated.Sentence;
                sentenceFirstDay = null;
            }

            var (mention, anchor) = RelativeToSubject(dated, sentenceFirstDay) is { } flipped ? (flipped, sentenceFirstDay) : (dated.Mention, lastMentioned);
            if (TemporalResolver.Resolve(mention, dated.Tense, publication, anchor) is not { IsEventDate: true } resolved ||
                IsDurationInDisguise(dated))
            {
                continue;
            }

            sentenceFirstDay ??= EarliestDay(resolved.Edtf);

            var start = EarliestDay(resolved.Edtf);
            lastMentioned = start ?? lastMentioned;
            if (dated.Sentence.Kind != ParagraphKind.Body)
            {
                continue;
            }

            var future = dated.Tense == Tense.Future || start > publication;
            // "In the coming week – January 10th –": the date beside it carries the event.
            if (IsForecast(dated, resolved.Edtf, publication) || Companion(dated, clauses, publication.Year) is not null || dated.Entities.IsEmpty || IsQuotedContext(dated))
            {
                continue;
            }

            candidates.Add(new EventCandidate(
                seed,
                resolved.Edtf,
                future ? EntryStatus.Planned : EntryStatus.Occurred,
                dated.Kind,
                dated.Sentence.Text,
                dated.Clause,
                dated.Sentence.Line,
                dated.Entities,
                dated.Speaker,
                dated.Mention.Text,
                resolved.Explanation,
                resolved.Warning,
                dated.Ordinal) { OwnPeople = [.. dated.OwnPeople.Distinct(StringComparer.Ordinal)] });
        }

        return candidates;

        EventCandidate? SinceDay(DatedClause dated, DateOnly publication)
        {
            if (dated.Mention.Kind != MentionKind.Since || dated.Mention.Inner is not { } inner || dated.Sentence.Kind != ParagraphKind.Body ||
                TemporalResolver.Resolve(inner, Tense.Past, publication) is not { Edtf.Length: 10 } start)
            {
                return null;
            }

            return new EventCandidate(
                seed, start.Edtf, EntryStatus.Occurred, dated.Kind, dated.Sentence.Text, dated.Clause, dated.Sentence.Line, dated.Entities,
                dated.Speaker, dated.Mention.Text, start.Explanation, start.Warning, dated.Ordinal) { SupportOnly = true };
        }
    }

    /// <summary>
    /// "Today's meetings come a day after the visit to Kyiv and a day before the meeting in Geneva": the
    /// events named after "a day after" and "a day before" are dated from the sentence's subject (today), in
    /// the opposite direction: the visit was the day before, the meeting the day after.
    /// </summary>
    private static TimeMention? RelativeToSubject(DatedClause dated, DateOnly? sentenceFirstDay)
    {
        var mention = dated.Mention;
        if (sentenceFirstDay is null || mention.Kind != MentionKind.Offset || mention.Anchor != OffsetAnchor.LastMentioned ||
            !(mention.Text.EndsWith(" after", StringComparison.OrdinalIgnoreCase) || mention.Text.EndsWith(" before", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return mention with { Offset = -mention.Offset };
    }

    /// <summary>"For the first time in twelve days", "the first visit in two years": a span counted back, not a date ahead.</summary>
    private static bool IsDurationInDisguise(DatedClause dated)
    {
        if (dated.Mention.Kind != MentionKind.Offset || !dated.Mention.Text.StartsWith("in ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var before = dated.Sentence.Text[..dated.Mention.Start];
        var window = before[Math.Max(0, before.Length - 60)..];
        return ContainsWord(window, ["first", "last", "longest", "worst", "best", "highest", "lowest"]);
    }

    /// <summary>An absolute day written right beside a relative expression names the same day: "in the coming week – January 10th".</summary>
    public static DateOnly? Companion(DatedClause clause, IReadOnlyList<DatedClause> clauses, int? yearHint)
    {
        foreach (var other in clauses)
        {
            if (other.Sentence != clause.Sentence || other.Mention.Kind is not (MentionKind.FullDate or MentionKind.MonthDay or MentionKind.WeekdayDate))
            {
                continue;
            }

            var gap = other.Mention.Start >= clause.Mention.End
                ? clause.Sentence.Text[clause.Mention.End..other.Mention.Start]
                : other.Mention.End <= clause.Mention.Start ? clause.Sentence.Text[other.Mention.End..clause.Mention.Start] : "x";
            if (gap.Trim(' ', ',', '–', '—', '-', '(', ')').Length == 0 && (other.Mention.Year ?? yearHint) is { } year &&
                other.Mention.Month is { } month && other.Mention.Day is { } day && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }

        return null;
    }

    /// <summary>A clause hedged with "may", "could", "likely" that is not told in the past: a possibility, not an event.</summary>
    private static bool IsForecast(DatedClause dated, string edtf, DateOnly publication) =>
        ContainsWord(dated.Clause, EventLexicon.Hedges) &&
        (dated.Tense != Tense.Past || (dated.Kind != EventKind.Statement && edtf.Contains('/', StringComparison.Ordinal) && LatestDay(edtf) >= publication));

    /// <summary>
    /// A date inside a speaker's own words ("We saw this playbook in 2014," Sullivan said) dates what the speaker
    /// talks about, not the statement; it is context for the statement, not an event of its own.
    /// </summary>
    private static bool IsQuotedContext(DatedClause dated) =>
        dated.Kind == EventKind.Statement && IsInsideQuotes(dated.Sentence.Text, dated.Mention.Start);

    /// <summary>Whether a position lies between an opening and a closing quotation mark; a sentence may start inside a quote the splitter cut.</summary>
    internal static bool IsInsideQuotes(string text, int position)
    {
        var before = text[..Math.Min(position, text.Length)];
        var after = text[Math.Min(position, text.Length)..];
        var curlyOpen = before.LastIndexOf('“') > before.LastIndexOf('”') && after.Contains('”', StringComparison.Ordinal);
        var straightOpen = before.Count(c => c == '"') % 2 == 1 && after.Contains('"', StringComparison.Ordinal);
        return curlyOpen || straightOpen;
    }

    /// <summary>The kind whose cue word stands nearest to the time expression: in "During the call, the two agreed to meet in Geneva on Friday", Friday's event is a meeting.</summary>
    public static EventKind KindNear(string text, int position)
    {
        var best = EventKind.Other;
        var bestDistance = int.MaxValue;
        foreach (var (kind, words) in EventLexicon.Cues)
        {
            foreach (var word in words)
            {
                var index = 0;
                while ((index = text.IndexOf(word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
                {
                    var end = index + word.Length;
                    if ((index == 0 || !char.IsLetter(text[index - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                    {
                        var distance = Math.Min(Math.Abs(index - position), Math.Abs(end - position));
                        if (distance < bestDistance)
                        {
                            best = kind;
                            bestDistance = distance;
                        }
                    }

                    index = end;
                }
            }
        }

        return best;
    }

    /// <summary>The part of the sentence a time expression governs: bounded by clause breaks and by the neighbouring expressions.</summary>
    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter));

    internal static string Clause(string sentence, IReadOnlyList<TimeMention> mentions, int index, bool dashes = true)
    {
        if (mentions.Count == 1)
        {
            return sentence;
        }

        var mention = mentions[index];
        var lower = index > 0 ? mentions[index - 1].Start + mentions[index - 1].Length : 0;
        var upper = index + 1 < mentions.Count ? mentions[index + 1].Start : sentence.Length;
        var start = lower;
        var end = upper;
        foreach (var separator in ClauseBreaks.Where(b => dashes || !b.Contains('–', StringComparison.Ordinal) && !b.Contains('—', StringComparison.Ordinal)))
        {
            var before = sentence.LastIndexOf(separator, mention.Start, mention.Start - lower, StringComparison.Ordinal);
            if (before >= 0 && before + separator.Length > start)
            {
                start = before + separator.Length;
            }

            var afterFrom = mention.Start + mention.Length;
            var after = afterFrom < upper ? sentence.IndexOf(separator, afterFrom, upper - afterFrom, StringComparison.Ordinal) : -1;
            if (after >= 0 && after < end)
            {
                end = after;
            }
        }

        return sentence[start..end].Trim(' ', ',', '.');
    }

    private static string? Speaker(Sentence sentence, IReadOnlyList<ArticleQuote> quotes, ImmutableArray<EntityMention> entities, string clause, EntityMatcher matcher)
    {
        foreach (var quote in quotes)
        {
            if (quote.Speaker is { } name && sentence.Text.Contains(quote.Text, StringComparison.Ordinal) &&
                matcher.Find(name).FirstOrDefault(m => m.Kind == RegistryKind.Person) is { } person)
            {
                return person.Id;
            }
        }

        var statement = EventLexicon.Cues.First(c => c.Kind == EventKind.Statement).Words;
        foreach (var person in entities.Where(e => e.Kind == RegistryKind.Person))
        {
            var index = clause.IndexOf(person.Text, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }

            var after = clause[(index + person.Text.Length)..];
            var before = clause[..index];
            if (StartsWithWord(after.TrimStart(), statement) || EndsWithWord(before.TrimEnd(' ', ','), statement))
            {
                return person.Id;
            }
        }

        return null;
    }

    private static bool StartsWithWord(string text, string[] words) =>
        words.Any(w => text.StartsWith(w, StringComparison.OrdinalIgnoreCase) && (text.Length == w.Length || !char.IsLetter(text[w.Length])));

    private static bool EndsWithWord(string text, string[] words) =>
        words.Any(w => text.EndsWith(w, StringComparison.OrdinalIgnoreCase) && (text.Length == w.Length || !char.IsLetter(text[^(w.Length + 1)])));

    internal static bool ContainsWord(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var index = 0;
            while ((index = text.IndexOf(word, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var end = index + word.Length;
                if ((index == 0 || !char.IsLetter(text[index - 1])) && (end == text.Length || !char.IsLetter(text[end])))
                {
                    return true;
                }

                index = end;
            }
        }

        return false;
    }

    /// <summary>The last day an EDTF interval reaches; for a single value, its first day.</summary>
    internal static DateOnly? LatestDay(string edtf) =>
        edtf.Split('/') is [_, var end] ? EarliestDay(end) : EarliestDay(edtf);

    /// <summary>The first day an EDTF value can mean: <c>2022-01</c> starts on 1 January, an interval at its start.</summary>
    internal static DateOnly? EarliestDay(string edtf)
    {
        var text = edtf.Split('/')[0].TrimEnd('~', '?', '%');
        var parts = text.Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var month = parts.Length > 1 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : 1;
        var dayOfMonth = parts.Length > 2 && int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d >= 1 ? d : 1;
        return new DateOnly(year, month, Math.Min(dayOfMonth, DateTime.DaysInMonth(year, month)));
    }
}
