using System.Globalization;
using System.Text;

namespace StaticChronology.Ingest.Articles;

/// <summary>Writes what the reader made of an article, line by line, for checking its rules by eye.</summary>
/// <remarks>Kept paragraphs and removed lines are interleaved in file order, so a line that went missing or stayed by mistake shows at once.</remarks>
public static class ArticleListing
{
    private const int MaxText = 72;

    public static string Write(Article article)
    {
        var builder = new StringBuilder();
        builder.Append(article.Path).Append('\n');
        Field(builder, "title", article.Title);
        Field(builder, "published", article.Published is { } p ? Describe(p) : null);
        Field(builder, "updated", article.Updated is { } u ? Describe(u) : null);
        Field(builder, "dateline", article.Dateline);
        Field(builder, "byline", article.Byline);

        var rows = article.Paragraphs.Select(p => (p.Line, Label: p.Kind.ToString().ToLowerInvariant(), p.Text))
            .Concat(article.RemovedLines.Select(r => (r.Line, Label: "removed: " + r.Reason, r.Text)))
            .OrderBy(r => r.Line);
        foreach (var (line, label, text) in rows)
        {
            var shown = text.Length > MaxText ? text[..MaxText] + "…" : text;
            builder.Append(CultureInfo.InvariantCulture, $"{line,4}  [{label}] {shown}\n");
        }

        return builder.ToString();
    }

    private static void Field(StringBuilder builder, string name, string? value) =>
        builder.Append("  ").Append(name).Append(": ").Append(value ?? "(none)").Append('\n');

    private static string Describe(PublicationStamp stamp) =>
        string.Create(CultureInfo.InvariantCulture, $"{stamp.Edtf ?? $"????-{stamp.Month:D2}-{stamp.Day:D2}"} (\"{stamp.Text}\", line {stamp.Line})");
}
