using StaticChronology.Ingest.Articles;
using StaticChronology.Ingest.Events;

namespace StaticChronology.Ingest.Dating;

/// <summary>An article with its time expressions read, ready to be dated.</summary>
/// <param name="Seed">The article's path relative to the repository root.</param>
public sealed record ArticleEvidence(string Seed, Article Article, IReadOnlyList<DatedClause> Clauses);
