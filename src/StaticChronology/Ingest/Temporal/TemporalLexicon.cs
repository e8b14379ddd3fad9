namespace StaticChronology.Ingest.Temporal;

/// <summary>
/// The normalisation tables of the tagger and the tense detector, kept as data apart from the code as HeidelTime keeps its
/// resources: adding a spelling or a cue word is an edit here, never in the matching code.
/// </summary>
internal static class TemporalLexicon
{
    /// <summary>Month names and their news abbreviations; matched case-sensitively so that "may" the verb is not May.</summary>
    public static readonly IReadOnlyDictionary<string, int> Months = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["January"] = 1, ["Jan"] = 1, ["February"] = 2, ["Feb"] = 2, ["March"] = 3, ["Mar"] = 3, ["April"] = 4, ["Apr"] = 4,
        ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["July"] = 7, ["Jul"] = 7, ["August"] = 8, ["Aug"] = 8,
        ["September"] = 9, ["Sept"] = 9, ["Sep"] = 9, ["October"] = 10, ["Oct"] = 10, ["November"] = 11, ["Nov"] = 11,
        ["December"] = 12, ["Dec"] = 12,
    };

    public static readonly IReadOnlyList<string> MonthNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ];

    /// <summary>Abbreviations, which may end with a dot ("Dec. 17"); they count only next to a day or a year.</summary>
    public static readonly IReadOnlyList<string> MonthAbbreviations =
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    /// <summary>Month names that stand alone as a month ("in December"); "May" alone is the verb unless a preposition says otherwise.</summary>
    public static readonly IReadOnlyList<string> StandaloneMonthNames = [.. MonthNames.Where(m => m != "May")];

    public static readonly IReadOnlyDictionary<string, DayOfWeek> Weekdays = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday,
        ["Sunday"] = DayOfWeek.Sunday,
    };

    /// <summary>Counts in words; "a" and "an" count one ("a week ago").</summary>
    public static readonly IReadOnlyDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
        ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["ninety"] = 90,
    };

    public static readonly IReadOnlyDictionary<string, TemporalUnit> Units = new Dictionary<string, TemporalUnit>(StringComparer.OrdinalIgnoreCase)
    {
        ["day"] = TemporalUnit.Day, ["days"] = TemporalUnit.Day, ["week"] = TemporalUnit.Week, ["weeks"] = TemporalUnit.Week,
        ["weekend"] = TemporalUnit.Weekend, ["month"] = TemporalUnit.Month, ["months"] = TemporalUnit.Month,
        ["year"] = TemporalUnit.Year, ["years"] = TemporalUnit.Year, ["decade"] = TemporalUnit.Decade,
        ["decades"] = TemporalUnit.Decade,
    };

    /// <summary>Direction words before a unit or a weekday: -1 before the publication, +1 after, 0 the current one.</summary>
    public static readonly IReadOnlyDictionary<string, int> Directions = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["this"] = 0, ["next"] = 1, ["coming"] = 1, ["upcoming"] = 1, ["last"] = -1, ["past"] = -1, ["previous"] = -1,
        ["subsequent"] = 1,
    };

    /// <summary>Words naming a day from the publication date: days from it, and the part of the day.</summary>
    public static readonly IReadOnlyDictionary<string, (int Days, PeriodPart? Part)> Deictics =
        new Dictionary<string, (int Days, PeriodPart? Part)>(StringComparer.OrdinalIgnoreCase)
        {
            ["today"] = (0, null), ["yesterday"] = (-1, null), ["tomorrow"] = (1, null), ["tonight"] = (0, PeriodPart.Night),
            ["this morning"] = (0, PeriodPart.Morning), ["this afternoon"] = (0, PeriodPart.Afternoon),
            ["this evening"] = (0, PeriodPart.Evening), ["last night"] = (-1, PeriodPart.Night),
            ["yesterday morning"] = (-1, PeriodPart.Morning), ["yesterday afternoon"] = (-1, PeriodPart.Afternoon),
            ["yesterday evening"] = (-1, PeriodPart.Evening), ["tomorrow morning"] = (1, PeriodPart.Morning),
            ["tomorrow afternoon"] = (1, PeriodPart.Afternoon), ["tomorrow evening"] = (1, PeriodPart.Evening),
            ["tomorrow night"] = (1, PeriodPart.Night), ["the day before yesterday"] = (-2, null),
            ["the day after tomorrow"] = (2, null),
        };

    /// <summary>Words that place a date from the date last mentioned: -1 before it, +1 after it.</summary>
    public static readonly IReadOnlyDictionary<string, int> Relations = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["earlier"] = -1, ["before"] = -1, ["previous"] = -1, ["preceding"] = -1, ["later"] = 1, ["after"] = 1,
        ["afterwards"] = 1, ["following"] = 1, ["next"] = 1,
    };

    /// <summary>Words before a period that name a part of it; "mid" also joins with a hyphen ("mid-January").</summary>
    public static readonly IReadOnlyDictionary<string, PeriodPart> Parts = new Dictionary<string, PeriodPart>(StringComparer.OrdinalIgnoreCase)
    {
        ["early"] = PeriodPart.Early, ["mid"] = PeriodPart.Middle, ["the middle of"] = PeriodPart.Middle,
        ["middle of"] = PeriodPart.Middle, ["late"] = PeriodPart.Late, ["the beginning of"] = PeriodPart.Beginning,
        ["beginning of"] = PeriodPart.Beginning, ["the start of"] = PeriodPart.Beginning, ["start of"] = PeriodPart.Beginning,
        ["the end of"] = PeriodPart.End, ["end of"] = PeriodPart.End, ["earlier"] = PeriodPart.Earlier,
        ["later"] = PeriodPart.Later,
    };

    /// <summary>Words that wrap a date into an open interval.</summary>
    public static readonly IReadOnlyDictionary<string, MentionKind> IntervalWords = new Dictionary<string, MentionKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["since"] = MentionKind.Since, ["ever since"] = MentionKind.Since, ["until"] = MentionKind.Until,
        ["till"] = MentionKind.Until, ["up until"] = MentionKind.Until, ["up to"] = MentionKind.Until,
    };

    /// <summary>Hedges that make an amount approximate.</summary>
    public static readonly IReadOnlyList<string> Hedges =
    [
        "almost", "nearly", "about", "around", "some", "roughly", "approximately", "more than", "over", "just over",
        "less than", "at least", "close to",
    ];

    /// <summary>Time words that name no date, with the side of the publication they point to (-1, 0, +1).</summary>
    public static readonly IReadOnlyDictionary<string, int> Vague = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["now"] = 0, ["right now"] = 0, ["currently"] = 0, ["at the moment"] = 0, ["these days"] = 0, ["nowadays"] = 0,
        ["recently"] = -1, ["lately"] = -1, ["in recent days"] = -1, ["in recent weeks"] = -1, ["in recent months"] = -1,
        ["in recent years"] = -1, ["a few days ago"] = -1, ["a few weeks ago"] = -1, ["a few months ago"] = -1,
        ["several days ago"] = -1, ["several weeks ago"] = -1, ["several months ago"] = -1, ["for days"] = -1,
        ["for weeks"] = -1, ["for months"] = -1, ["for years"] = -1, ["in the past days"] = -1, ["in the past weeks"] = -1,
        ["in the past months"] = -1, ["over the past weeks"] = -1, ["over the past months"] = -1,
        ["in the past few days"] = -1, ["in the past few weeks"] = -1, ["previously"] = -1, ["soon"] = 1,
        ["shortly"] = 1, ["in the coming days"] = 1, ["in the coming weeks"] = 1, ["in the coming months"] = 1,
        ["in the near future"] = 1, ["in the short term"] = 1, ["in the medium term"] = 1, ["in the long term"] = 1,
        ["in the future"] = 1, ["at any point"] = 1, ["at any moment"] = 1, ["any day now"] = 1,
    };

    /// <summary>Zone names that may follow a clock time; "[Capitalised] time" ("Moscow time") is matched by pattern.</summary>
    public static readonly IReadOnlyList<string> Zones =
    [
        "local time", "GMT", "UTC", "EST", "EDT", "CET", "CEST", "EET", "EEST", "MSK", "BST", "PST", "PDT", "ET", "PT",
    ];

    /// <summary>Future cues, longest first where one contains another; multi-word cues win over their last word.</summary>
    public static readonly IReadOnlyList<string> FutureCues =
    [
        "is going to", "are going to", "going to", "due to", "planned to", "scheduled to", "set to", "expected to",
        "to be held", "agreed to", "plans to", "plan to", "intends to", "intend to", "scheduled for", "planned for",
        "set for", "is planned", "are planned", "is scheduled", "are scheduled", "is expected", "are expected",
        "is set", "are set", "is due", "are due", "upcoming", "will", "shall", "won't", "next", "may", "might",
    ];

    public static readonly IReadOnlyList<string> PastCues =
    [
        "said", "was", "were", "had", "did", "ago", "last", "told", "met", "spoke", "went", "came", "gave", "made", "took",
        "saw", "wrote", "held", "began", "sent", "left", "flew", "led", "won", "lost", "put", "brought", "thought",
        "sought", "heard", "felt", "kept", "paid", "ran", "became", "chose", "drew", "fell", "got", "grew", "knew",
        "rose", "spent", "stood", "struck", "taught", "understood", "withdrew", "wasn't", "weren't", "didn't",
    ];

    public static readonly IReadOnlyList<string> PresentCues =
    [
        "is", "are", "am", "says", "say", "tells", "isn't", "aren't",
    ];

    /// <summary>Perfect-tense auxiliaries, which put the clause in the past.</summary>
    public static readonly IReadOnlyList<string> PerfectCues = ["has been", "have been", "had been"];

    /// <summary>After these a verb is passive ("will be held"): the auxiliary carries the tense, not the participle.</summary>
    public static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "am",
    };

    /// <summary>After these a verb is a bare infinitive ("will last", "to last"): the modal carries the tense.</summary>
    public static readonly HashSet<string> Modals = new(StringComparer.OrdinalIgnoreCase)
    {
        "will", "shall", "would", "could", "can", "may", "might", "must", "should", "to", "'ll",
    };

    /// <summary>Words ending in -ed that are not past verbs.</summary>
    public static readonly HashSet<string> NotPastParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "needed", "speed", "indeed", "seed", "feed", "bed", "red", "hundred", "shed", "embed", "proceed",
        "exceed", "succeed", "breed", "creed", "greed", "weed", "united", "advanced", "concerned", "alleged",
        "so-called", "armed", "based", "related", "detailed", "limited", "unprecedented", "interested",
    };

    /// <summary>Words that open a new clause, so cues beyond them belong to another verb.</summary>
    public static readonly IReadOnlyList<string> ClauseOpeners =
    [
        "but", "while", "whereas", "although", "because", "that", "which", "who", "where", "when", "after", "before",
    ];

    /// <summary>Nouns that make a preceding number a count, never a year: "2000 troops".</summary>
    public static readonly IReadOnlyList<string> CountNouns =
    [
        "troops", "soldiers", "servicemen", "personnel", "people", "men", "women", "children", "civilians", "tanks",
        "vehicles", "missiles", "rockets", "jets", "aircraft", "planes", "drones", "dollars", "euros", "rubles",
        "roubles", "hryvnias", "kilometers", "kilometres", "km", "miles", "meters", "metres", "tons", "tonnes",
        "barrels", "votes", "members", "refugees", "casualties", "deaths", "cases", "units", "rounds", "shells",
    ];

    /// <summary>Names before a number that make it a model or a designation: "Boeing 747", "Article 5".</summary>
    public static readonly IReadOnlyList<string> DesignationWords =
    [
        "Boeing", "Airbus", "Embraer", "Ilyushin", "Tupolev", "Antonov", "Sukhoi", "Flight", "flight", "Article",
        "article", "Resolution", "resolution", "No.", "Number", "number", "Route", "route", "Highway", "Room", "room",
        "Model", "model", "Protocol", "Section", "section", "Chapter", "page", "Page", "Iskander", "Patriot",
    ];
}
