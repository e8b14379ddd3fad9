using System.Collections.Immutable;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;

namespace StaticChronology.Model;

/// <summary>One dated event of the chronology, as read from <c>entries/&lt;yyyy&gt;/&lt;id&gt;.yml</c>.</summary>
/// <param name="Summary">Markdown.</param>
/// <param name="Location">Where the entry's mapping starts; references made by the entry carry their own positions.</param>
public sealed record Entry(
    string Id,
    SourceLocation Location,
    EdtfValue Date,
    string Title,
    string Summary,
    SourceLocation SummaryLocation,
    EntryStatus Status,
    ImmutableArray<Reference> People,
    ImmutableArray<Reference> Places,
    ImmutableArray<Reference> Organizations,
    ImmutableArray<Reference> Tags,
    ImmutableArray<Citation> Sources,
    ImmutableArray<Annotation> Annotations,
    ImmutableArray<RelatedLink> Related,
    bool Draft);
