using StaticChronology.Ingest.Articles;
using StaticChronology.Ingest.Events;

namespace StaticChronology.Ingest.Dating;

/// <summary>An article with its time expressions read, ready to be dated.</summary>
/// <param name="Seed">The article's path relative to the repository root.</param>
public sealed record ArticleEvidence(string Seed, Article Article, IReadOnlyList<DatedClause> Clauses)
{
    /// <summary>The article's sentences, split once for every stage that reads them.</summary>
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];

    public static ArticleEvidence Of(string seed, Article article, Entities.EntityMatcher matcher)
    {
        var sentences = SentenceSplitter.Split(article);
        return new ArticleEvidence(seed, article, EventExtractor.Read(article, sentences, matcher)) { Sentences = sentences };
    }
}
