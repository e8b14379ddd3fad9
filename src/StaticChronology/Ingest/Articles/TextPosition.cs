namespace StaticChronology.Ingest.Articles;

/// <summary>Turns an offset in a paragraph's text into a line and column of the file.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Of(Paragraph paragraph, int offset)
    {
        var newline = offset > 0 ? paragraph.Text.LastIndexOf('\n', offset - 1) : -1;
        return newline < 0
            ? (paragraph.Line, paragraph.Column + offset)
            : (paragraph.Line + paragraph.Text.AsSpan(0, offset).Count('\n'), offset - newline);
    }
}
