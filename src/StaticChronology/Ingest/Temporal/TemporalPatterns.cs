using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Temporal;

/// <summary>Expands the placeholders of <see cref="TemporalRules"/> from <see cref="TemporalLexicon"/> and compiles the rules once.</summary>
internal static class TemporalPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    /// <summary>Sentences are short; a pattern that takes this long has met input it was not written for.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly IReadOnlyDictionary<string, string> Placeholders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["%MONTHNAME"] = $@"(?<month>(?-i:{Alternation(TemporalLexicon.StandaloneMonthNames)}))\b",
        ["%MONTH"] = $@"(?:(?<month>(?-i:{Alternation(TemporalLexicon.MonthNames)}))\b|(?<month>(?-i:{Alternation(TemporalLexicon.MonthAbbreviations)}))\b\.?)",
        ["%WEEKDAY"] = $@"(?<weekday>(?-i:{Alternation(TemporalLexicon.Weekdays.Keys)}))\b",
        ["%DAY"] = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b",
        ["%YEAR"] = @"(?<year>1[89]\d\d|20\d\d)\b",
        ["%NUM"] = $@"(?<count>\d{{1,3}}|{Alternation(TemporalLexicon.NumberWords.Keys)})\b",
        ["%UNIT1"] = @"(?<unit>weekend|week|month|year|decade)\b",
        ["%UNIT"] = $@"(?<unit>{Alternation(TemporalLexicon.Units.Keys)})\b",
        ["%DIR"] = $"(?<dir>{Alternation(TemporalLexicon.Directions.Keys)})",
        ["%DEICTIC"] = $"(?<deictic>{Alternation(TemporalLexicon.Deictics.Keys)})",
        ["%VAGUE"] = $"(?<vague>{Alternation(TemporalLexicon.Vague.Keys)})",
        ["%HEDGE"] = $"(?<hedge>{Alternation(TemporalLexicon.Hedges)})",
        ["%ZONE"] = $@"(?<zone>(?-i:[A-Z][a-z]+)\s+time|(?-i:{Alternation(TemporalLexicon.Zones)}))\b",
        ["%TIME12"] = @"(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\d))?\s*(?<ampm>[ap]\.m\.|[ap]m\b)",
        ["%TIME24"] = @"(?<hour>[01]?\d|2[0-3]):(?<minute>[0-5]\d)\b(?!\s*[ap]\.?m)",
        ["%COUNTNOUN"] = $"(?:{Alternation(TemporalLexicon.CountNouns)})",
        ["%DESIGNATION"] = $@"(?<![\w.])(?-i:{Alternation(TemporalLexicon.DesignationWords)})",
    };

    public static readonly IReadOnlyList<(TemporalRule Rule, Regex Regex)> Rules =
        [.. TemporalRules.All.Select(rule => (rule, Compile(rule.Pattern)))];

    public static readonly IReadOnlyList<Regex> Negatives = [.. TemporalRules.Negatives.Select(Compile)];

    public static readonly Regex IntervalWordBefore =
        Compile($@"\b(?<word>{Alternation(TemporalLexicon.IntervalWords.Keys)})\s+$");

    /// <summary>"mid" joins its period with a hyphen or a space; the other part words with a space.</summary>
    public static readonly Regex PartWordBefore =
        Compile($@"\b(?<word>{Alternation(TemporalLexicon.Parts.Keys)})(?:\s+|(?<=\bmid)-)$");

    /// <summary>What may stand between a date and the clock time attached to it: "7 January 2022, 11:13 PM", "at 3 p.m. on Friday".</summary>
    public static readonly Regex TimeJoint = Compile(@"^\s*(?:,\s*|\bat\s+|\bon\s+)?$");

    internal static Regex Compile(string pattern)
    {
        // Longest placeholder names first, so that %MONTHNAME is not read as %MONTH followed by "NAME".
        foreach (var (name, expansion) in Placeholders.OrderByDescending(p => p.Key.Length))
        {
            pattern = pattern.Replace(name, expansion, StringComparison.Ordinal);
        }

        return new Regex(pattern, Options, Timeout);
    }

    /// <summary>Longest first, so that an alternation never stops at a prefix ("Jan" inside "January").</summary>
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words
            .OrderByDescending(w => w.Length)
            .ThenBy(w => w, StringComparer.Ordinal)
            .Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
}
