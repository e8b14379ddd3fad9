namespace StaticChronology.Ingest.Entities;

/// <summary>Words that introduce a person's name in news text, kept as data apart from the matching code.</summary>
public static class EntityLexicon
{
    /// <summary>Titles and roles; a capitalised name right after one of these is a person.</summary>
    public static readonly IReadOnlyList<string> PersonTitles =
    [
        "President", "Prime Minister", "Foreign Minister", "Defense Minister", "Defence Minister", "Deputy Foreign Minister",
        "Minister", "Secretary of State", "Secretary General", "Secretary", "Press Secretary", "Director", "Chancellor",
        "Ambassador", "General", "spokesman", "spokeswoman", "spokesperson", "Spokesperson", "adviser", "advisor",
        "Senator", "Governor", "Mayor", "counterpart", "Commissioner", "Chairman", "Chief", "envoy", "official",
    ];

    /// <summary>Capitalised words that start sentences or titles but are never part of a name.</summary>
    public static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "By", "For", "From", "During", "After", "Before", "Since", "Until", "Following",
        "However", "Meanwhile", "Also", "But", "And", "Or", "If", "When", "While", "This", "That", "These", "Those", "It",
        "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Last", "Next", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "U.S.", "US", "USA", "UK", "EU", "NATO", "Russian", "Ukrainian", "American",
        "European", "German", "French", "British", "Western", "Soviet", "Baltic",
    };
}
