using StaticChronology.Ingest.Entities;

namespace StaticChronology.Ingest.Articles;

/// <summary>Words that make up or surround a speaker in an attribution, kept as data for <see cref="Attribution"/>.</summary>
public static class SpeakerWords
{
    /// <summary>Nouns that can say something on their own ("the official", "the Kremlin", "the ministry").</summary>
    public static readonly HashSet<string> Agents = new(StringComparer.OrdinalIgnoreCase)
    {
        "official", "officials", "officer", "officers", "minister", "ministry", "spokesman", "spokeswoman", "spokesperson",
        "diplomat", "diplomats", "source", "sources", "president", "presidency", "kremlin", "government", "statement",
        "secretary", "ambassador", "envoy", "agency", "council", "commission", "department", "office", "mayor", "governor",
        "chief", "head", "leader", "leaders", "analyst", "analysts", "expert", "experts", "adviser", "advisor", "police",
        "army", "military", "embassy", "resident", "residents", "witness", "witnesses", "authorities", "administration",
        "committee", "court", "judge", "prosecutor", "prosecutors", "minister's", "aide", "aides", "representative",
        "member", "members", "lawmaker", "lawmakers", "senator", "commander", "general", "manager", "director", "chairman",
        "chairwoman", "chair", "board", "company", "union", "pentagon", "palace", "cabinet", "parliament", "captain",
    };

    /// <summary>Lower-case particles inside names ("Ursula von der Leyen", "Jean-Yves Le Drian").</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "der", "van", "de", "del", "la", "le", "da", "di", "al", "bin", "ibn", "ten", "ter",
    };

    /// <summary>Words that may stand between a speaker and the verb ("Reznikov has said", "Blinken also told").</summary>
    public static readonly HashSet<string> Adverbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "then", "again", "previously", "earlier", "repeatedly", "has", "had", "have", "was", "is",
        "reportedly", "once", "further", "only", "would", "will", "recently", "publicly", "simply",
    };

    /// <summary>Words that end a speaker phrase after the verb ("said the minister on Friday").</summary>
    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "to", "during", "after", "before", "from", "with", "when", "while", "who", "which", "as", "late", "earlier",
    };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "i", "we" };

    public static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "another", "one" };

    /// <summary>Capitalised words of titles and roles: "Secretary of State Antony Blinken" names Antony Blinken.</summary>
    public static readonly HashSet<string> TitleWords = BuildTitleWords();

    private static HashSet<string> BuildTitleWords()
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "Deputy", "Foreign", "Defence", "Defense", "Press", "Spokesperson", "Spokesman", "Spokeswoman", "State", "Vice",
            "Acting", "Former", "Senior", "Chief", "Interior", "Finance", "Justice", "Security", "National", "White", "House",
            "Commission", "Commissioner", "Affairs", "High", "Representative", "Envoy", "Special", "Council", "Mr", "Mr.",
            "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Gen.", "Lt.", "Col.", "Sen.", "Gov.", "Rep.", "Prof.", "Councillor",
            "Councilor", "Captain", "Mayor",
        };
        foreach (var title in EntityLexicon.PersonTitles)
        {
            words.UnionWith(title.Split(' '));
        }

        words.UnionWith(EntityLexicon.NotNames);
        words.Remove("of");
        return words;
    }
}
