namespace StaticChronology.Ingest.Articles;

/// <summary>One kept paragraph: its text exactly as in the file, where it starts, and its kind.</summary>
/// <param name="Text">The paragraph as in the file, trimmed, without a leading dateline. A paragraph hard-wrapped over several lines keeps its line breaks (<c>\n</c>) and the indentation after them, so every character's line and column can be counted.</param>
/// <param name="Line">One-based line where the paragraph starts.</param>
public sealed record Paragraph(string Text, int Line, ParagraphKind Kind)
{
    /// <summary>One-based column (UTF-16 units) of the text's first character in its line; a dateline or indent moves it right.</summary>
    public int Column { get; init; } = 1;

    /// <summary>One-based line where the paragraph ends; <see cref="Line"/> unless it is hard-wrapped.</summary>
    public int EndLine => Line + Text.AsSpan().Count('\n');
}
