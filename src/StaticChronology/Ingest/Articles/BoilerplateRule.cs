using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Articles;

/// <summary>One known phrase of site furniture: the pattern, the reason shown for a removed line, and how far it reaches.</summary>
/// <param name="Pattern">A case-insensitive pattern matched against the trimmed line.</param>
/// <param name="Reason">A short phrase for the debug listing.</param>
/// <param name="MaxWords">The rule only applies to lines of at most this many words: furniture is short, and a long line that mentions a newsletter is a sentence.</param>
/// <param name="EndsArticle">True when nothing after the line is article text (comment forms, related-posts lists, reposting credits).</param>
/// <param name="TailOnly">True when the phrase is furniture only among the last lines (an author bio reads like a sentence elsewhere).</param>
public sealed record BoilerplateRule(string Pattern, string Reason, int MaxWords = 20, bool EndsArticle = false, bool TailOnly = false)
{
    private readonly Regex _regex = new(Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public bool IsMatch(string line) => _regex.IsMatch(line);
}
