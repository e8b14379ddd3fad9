using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>A prose page such as About, from <c>pages/&lt;slug&gt;.md</c>.</summary>
/// <param name="Order">Position in the site navigation; pages without one are not listed there.</param>
/// <param name="Body">Markdown after the front matter.</param>
/// <param name="BodyLocation">Where the body starts, so Markdown positions map back to the file.</param>
public sealed record Page(
    string Slug,
    SourceLocation Location,
    string Title,
    string? Description,
    int? Order,
    string Body,
    SourceLocation BodyLocation);
