namespace StaticChronology.Ingest.Articles;

/// <summary>One sentence of a paragraph, exactly as written, with where it starts in the file.</summary>
/// <param name="Text">A substring of the paragraph's text, trimmed; a closing quote mark stays with the sentence it closes.</param>
/// <param name="Line">One-based line of the sentence's first character.</param>
/// <param name="Column">One-based column (UTF-16 units) of the sentence's first character.</param>
/// <param name="ParagraphIndex">Index of the paragraph in <see cref="Article.Paragraphs"/>.</param>
public sealed record Sentence(string Text, int Line, int Column, ParagraphKind Kind, int ParagraphIndex)
{
    /// <summary>Offset (UTF-16 units) of the sentence in its paragraph's text.</summary>
    public int Offset { get; init; }
}
