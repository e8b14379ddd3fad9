using StaticChronology.Dates;
using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>An article that entries cite, as read from <c>sources/&lt;id&gt;.yml</c>.</summary>
/// <param name="Published">A date or date-time.</param>
/// <param name="PublishedBasis">Whether the article states its date or it was inferred from the text.</param>
/// <param name="Seed">The article's text file, relative to the repository root.</param>
public sealed record Source(
    string Id,
    SourceLocation Location,
    string Title,
    string? Outlet,
    EdtfValue Published,
    PublishedBasis PublishedBasis,
    string? PublishedNote,
    string Language,
    string? TranslatedFrom,
    string Seed,
    string? Url);
