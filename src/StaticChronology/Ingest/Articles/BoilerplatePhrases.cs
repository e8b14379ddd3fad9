namespace StaticChronology.Ingest.Articles;

/// <summary>The phrases of site furniture that outlets and reposting sites print around an article, kept as data.</summary>
/// <remarks>
/// Phrases, not positions: the same "Leave a Reply" or newsletter blurb appears on every page of a
/// site, wherever the article happens to end. Add a row when a new site's furniture shows up in the
/// debug listing as body text.
/// </remarks>
public static class BoilerplatePhrases
{
    public static readonly IReadOnlyList<BoilerplateRule> Rules =
    [
        new(@"^video of (the )?day$", "video widget"),
        new(@"^(watch|video|listen)\s*:", "video widget", MaxWords: 25),
        new(@"^(follow|like|join) (us|our)\b", "social follow prompt", MaxWords: 25),
        new(@"\bnewsletters?\b", "newsletter sign-up", MaxWords: 16),
        new(@"^(sign up|subscribe|register)\b", "subscription prompt", MaxWords: 25),
        new(@"^(daily|weekly|every (morning|day|week)) at \d", "newsletter sign-up", MaxWords: 8),
        new(@"^(show|read|see|load|view) more( news| stories| articles)?$", "more-links button"),
        new(@"^(read|see) (also|more|next)\s*:", "related-article link", MaxWords: 30),
        new(@"^related\s*:", "related-article link", MaxWords: 30),
        new(@"^(related|recommended|more|latest|popular|trending)( posts| articles| stories| news| content| coverage| reading| topics| links)\s*:?$", "related-articles list", EndsArticle: true),
        new(@"^(you may also like|more from this section|most read|more on (the|this) (topic|subject|story))\s*:?$", "related-articles list", EndsArticle: true),
        new(@"^(key events|show key events only|in this live blog)\s*:?$", "live-blog index"),
        new(@"^leave a (reply|comment)$", "comment form", EndsArticle: true),
        new(@"^your email address will not be published", "comment form"),
        new(@"^required fields are marked", "comment form"),
        new(@"^(\d+\s+)?comments?$", "comment counter"),
        new(@"^source site\b", "reposting credit", MaxWords: 6, EndsArticle: true),
        new(@"^(based|mostly based|based mostly) on (the )?(web ?site|site|website)s? (materials|supplies|content)", "reposting credit", MaxWords: 10, EndsArticle: true),
        new(@"\bcookies?\b", "cookie notice", MaxWords: 45),
        new(@"^(tags|topics|filed under|categories|category|keywords)\s*:", "tag list", MaxWords: 40),
        new(@"^about the author$", "author bio", EndsArticle: true),
        new(@"^\p{Lu}[\p{L}.'-]+( \p{Lu}[\p{L}.'-]+){1,3} (is|was) an? ([\p{L}-]+ ){0,4}(reporter|correspondent|writer|editor|journalist|columnist|contributor|producer)\b", "author bio", MaxWords: 60, TailOnly: true),
        new(@"^\(?(reporting|writing|editing|additional reporting|compiled|edited) by\b", "wire credits", MaxWords: 30),
        new(@"^(advertisement|advert|sponsored( content)?|ad|promoted)\b", "advertisement", MaxWords: 6),
        new(@"^(\d+|an?|one) (second|minute|min|hour|day|week)s? ago$", "relative time stamp (gives no date)"),
        new(@"^(scroll to continue|scroll down)\b", "reading aid", MaxWords: 6),
        new(@"^our standards\s*:", "publisher's standards note", MaxWords: 12),
        new(@"^(©|\(c\)|copyright\b)", "copyright notice", MaxWords: 30),
        new(@"\ball rights reserved\b", "copyright notice", MaxWords: 30),
        new(@"^click here\b", "link prompt"),
        new(@"^(skip to (main )?content|menu|search|home|close|back to top|top stories|next article|previous article)$", "site navigation"),
        new(@"^(download|get) (our|the) app\b", "app prompt"),
        new(@"^(listen to this article|\d+ min(ute)?s? read|continue reading|story continues( below)?)$", "reading aid"),
        new(@"^(support|donate to) (our|independent|quality) journalism\b", "donation appeal", MaxWords: 30),
        new(@"^(share|share this( article| story| post)?)\s*:?$", "share buttons"),
    ];

    /// <summary>Words of share and follow buttons; a line made only of these is a row of buttons.</summary>
    public static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "this", "article", "story", "post", "on", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
        "email", "e-mail", "copy", "link", "print", "tweet", "reddit", "pinterest", "messenger", "save", "flipboard", "mail",
    };
}
