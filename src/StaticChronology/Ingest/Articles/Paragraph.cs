namespace StaticChronology.Ingest.Articles;

/// <summary>One kept paragraph: its text exactly as in the file, where it starts, and its kind.</summary>
/// <param name="Text">A substring of one line of the file, trimmed, without a leading dateline.</param>
/// <param name="Line">One-based line of the paragraph in the file.</param>
public sealed record Paragraph(string Text, int Line, ParagraphKind Kind)
{
    /// <summary>One-based column (UTF-16 units) of the text's first character in its line; a dateline or indent moves it right.</summary>
    public int Column { get; init; } = 1;
}
