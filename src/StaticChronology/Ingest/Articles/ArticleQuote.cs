namespace StaticChronology.Ingest.Articles;

/// <summary>A direct quote from an article body, with who said it as the article names them.</summary>
/// <param name="Text">The quoted words without the quote marks or a trailing comma; a verbatim substring of the file.</param>
/// <param name="Line">One-based line of the quote's first word.</param>
/// <param name="Speaker">The speaker as written ("Antony Blinken", "a senior State Department official"); a pronoun is replaced by the speaker it refers to; null when the article does not say.</param>
/// <param name="IsFragment">True when the quote is a few words woven into the writer's sentence rather than a sentence of the speaker's own.</param>
public sealed record ArticleQuote(string Text, int Line, string? Speaker, bool IsFragment)
{
    /// <summary>One-based column (UTF-16 units) of the quote's first word.</summary>
    public int Column { get; init; }

    /// <summary>Index of the paragraph in <see cref="Article.Paragraphs"/>.</summary>
    public int ParagraphIndex { get; init; }
}
