using StaticChronology.Assembly;
using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>What the reader hands on is the file's own text, found where it says it is.</summary>
public sealed class VerbatimTests
{
    public static TheoryData<string> Files() => ArticleFiles.AllData();

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_sentence_is_verbatim_and_starts_at_its_line_and_column(string path)
    {
        var raw = ArticleFiles.Text(path);
        var lines = raw.Split('\n');
        var sentences = SentenceSplitter.Split(ArticleFiles.Read(path));

        Assert.NotEmpty(sentences);
        Assert.All(sentences, s =>
        {
            Assert.True(QuoteMatcher.IsVerbatim(s.Text, raw), $"{path}:{s.Line}: not verbatim: {s.Text}");
            var line = lines[s.Line - 1].TrimEnd('\r');
            Assert.True(line.AsSpan(s.Column - 1).StartsWith(s.Text.Split('\n')[0], StringComparison.Ordinal), $"{path}:{s.Line}:{s.Column}: not at its position: {s.Text}");
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_paragraph_is_verbatim_at_its_position_and_every_line_is_accounted_for_once(string path)
    {
        var raw = ArticleFiles.Text(path);
        var lines = raw.Split('\n');
        var article = ArticleFiles.Read(path);

        Assert.All(article.Paragraphs, p => Assert.True(lines[p.Line - 1].AsSpan(p.Column - 1).StartsWith(p.Text.Split('\n')[0], StringComparison.Ordinal), $"{path}:{p.Line}"));
        var nonEmpty = Enumerable.Range(1, lines.Length).Where(n => lines[n - 1].Trim().Length > 0);
        var accounted = article.Paragraphs.SelectMany(p => Enumerable.Range(p.Line, p.EndLine - p.Line + 1)).Concat(article.RemovedLines.Select(r => r.Line)).Order();
        Assert.Equal(nonEmpty, accounted);
    }
}
