namespace StaticChronology.Ingest.Events;

/// <summary>The words that tell what kind of event a clause reports, kept as data apart from the extractor.</summary>
/// <remarks>
/// Cues are matched as whole lower-case words or phrases. The first kind in <see cref="Cues"/> whose cue
/// occurs wins, so the specific kinds (a call, a meeting) come before the general one (a statement):
/// "Blinken spoke to Lavrov" is a call, not a statement.
/// </remarks>
public static class EventLexicon
{
    public static readonly IReadOnlyList<(EventKind Kind, string[] Words)> Cues =
    [
        (EventKind.Call, ["phoned", "phone call", "call", "spoke to", "spoke with", "speak with", "telephone", "conversation", "decision"]),
        (EventKind.Visit, ["visit", "visited", "visits", "land in", "landed in", "arrive", "arrived", "travel to", "journey to", "trip to"]),
        (EventKind.Meeting, ["met", "meet", "meets", "meeting", "meetings", "talks", "summit", "negotiations", "consultations", "council", "conference"]),
        (EventKind.Military, ["troops", "forces", "invaded", "invasion", "annexation", "annexed", "buildup", "build-up", "offensive", "deployed", "joined", "join"]),
        (EventKind.Decision, ["suspended", "suspend", "suspends", "approved", "approves", "voted", "vote", "signed", "agreement", "deal", "called off",
            "cancelled", "canceled", "imposed", "lifted", "reopened", "ratified", "adopted", "banned", "expelled", "sanctioned"]),
        (EventKind.Statement, ["said", "says", "told", "tells", "stated", "warned", "warns", "wrote", "tweeted", "announced", "reported",
            "mentioned", "informed", "accused", "demanded", "demands", "pledged", "reiterated", "reiterates", "added", "insisted", "called on", "stressed",
            "believes", "expects", "threatened", "restated", "reaffirmed", "complained", "issued"]),
    ];

    /// <summary>Words that make a future clause a forecast or a possibility rather than a scheduled event.</summary>
    public static readonly string[] Hedges = ["may", "might", "could", "would", "possible", "possibly", "likely", "speculating", "feared", "fears"];

    /// <summary>Words too common in news to show that two reports tell the same thing.</summary>
    public static readonly HashSet<string> Unremarkable = new(StringComparer.Ordinal)
    {
        "about", "after", "again", "against", "before", "being", "between", "could", "during", "first", "their", "there", "these",
        "those", "under", "until", "which", "while", "would", "should", "other", "where", "since", "because", "minister", "president",
        "foreign", "secretary", "government", "official", "officials", "statement", "ministry", "spokesman", "spokeswoman", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "morning", "evening", "night",
        "week", "month", "year", "years", "said", "says", "told", "added",
    };

    /// <summary>Where a statement was made; two statements of one person on one day through different channels are two events.</summary>
    public static readonly IReadOnlyList<(string Channel, string[] Words)> Channels =
    [
        ("social media", ["twitter", "tweet", "tweeted", "facebook", "telegram", "wrote"]),
        ("briefing", ["briefing", "press conference", "conference", "reporters", "news conference"]),
        ("interview", ["interview"]),
    ];

    /// <summary>Short labels for the title of each kind, with the people involved.</summary>
    public static string Verb(EventKind kind, bool plural) => kind switch
    {
        EventKind.Call => plural ? "speak by phone" : "speaks by phone",
        EventKind.Meeting => plural ? "meet" : "meets",
        EventKind.Visit => plural ? "visit" : "visits",
        _ => plural ? "say" : "says",
    };
}
