namespace StaticChronology.Ingest.Articles;

/// <summary>Words that end in a full stop without ending a sentence, kept as data apart from the splitter.</summary>
public static class Abbreviations
{
    /// <summary>Titles and address words: a name always follows, so their full stop never ends a sentence.</summary>
    public static readonly HashSet<string> BeforeNames = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
        "Brig", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "St", "Mt", "Ft", "Sr", "Jr", "Mme", "Mlle",
    };

    /// <summary>Abbreviations followed by a number ("Jan. 7", "No. 5"): a full stop before a number ends nothing.</summary>
    public static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Art", "Vol", "p", "pp", "fig", "ch",
    };

    /// <summary>Abbreviations inside running text that never end a sentence.</summary>
    public static readonly HashSet<string> Inner = new(StringComparer.OrdinalIgnoreCase)
    {
        "i.e", "e.g", "cf", "vs", "approx", "incl", "viz", "ca", "est",
    };

    /// <summary>
    /// Abbreviations that may end a sentence or sit inside one ("the U.S. Embassy", "at 9 a.m. Friday"):
    /// they end one only when a word that usually starts a sentence follows.
    /// </summary>
    public static readonly HashSet<string> Ambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        "U.S", "U.K", "U.N", "E.U", "U.S.A", "a.m", "p.m", "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "Ave", "Blvd", "Dept", "Govt",
    };

    /// <summary>Words that usually open a sentence, used to decide the ambiguous abbreviations.</summary>
    public static readonly HashSet<string> SentenceStarters = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "But", "And",
        "Or", "So", "Yet", "In", "On", "At", "As", "If", "When", "While", "After", "Before", "Since", "However", "Meanwhile",
        "Earlier", "Later", "Last", "Next", "His", "Her", "Their", "Our", "Its", "Some", "Many", "Officials", "Asked",
    };
}
