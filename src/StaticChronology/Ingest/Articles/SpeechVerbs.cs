namespace StaticChronology.Ingest.Articles;

/// <summary>Verbs that attribute speech or writing, kept as data for the quote extractor and the sentence splitter.</summary>
/// <remarks>Machine translation renders "said" in odd ways ("mentioned", "informed reporters"), so those are listed too.</remarks>
public static class SpeechVerbs
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "added", "adds", "told", "tells", "wrote", "writes", "stated", "states", "declared",
        "declares", "asked", "asks", "warned", "warns", "insisted", "insists", "explained", "explains", "noted",
        "notes", "mentioned", "mentions", "stressed", "stresses", "continued", "continues", "replied", "replies",
        "argued", "argues", "tweeted", "tweets", "posted", "informed", "reiterated", "reiterates", "urged", "urges",
        "claimed", "claims", "announced", "announces", "acknowledged", "acknowledges", "recalled", "recalls",
        "concluded", "commented", "remarked", "pledged", "promised", "vowed", "vows", "believes", "believed", "thinks",
        "complained", "complains", "emphasised", "emphasized", "underlined", "admitted", "admits", "suggested",
        "suggests", "predicted", "answered", "responded", "confirmed", "confirms", "denied", "denies", "repeated",
        "repeats", "described", "reaffirmed", "considered", "assured", "threatened", "conceded", "shouted", "adding",
        "saying", "noting", "warning", "stressing", "insisting", "explaining", "arguing", "asking", "writing",
        "telling", "declaring", "urging", "vowing", "promising", "claiming", "recalling", "tweeting", "wondered",
        "quipped", "joked", "cautioned", "observed", "pointed", "affirmed",
    };
}
