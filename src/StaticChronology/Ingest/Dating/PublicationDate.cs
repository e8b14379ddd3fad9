using StaticChronology.Model;

namespace StaticChronology.Ingest.Dating;

/// <summary>An article's publication date as the ingest settles it.</summary>
/// <param name="Published">EDTF: a day, or an interval when the text leaves several days possible.</param>
/// <param name="Note">How the date was found, for the source file's <c>published_note</c>; null when the article states it.</param>
/// <param name="Reading">The day relative expressions are resolved against: any day of <paramref name="Published"/> reads them the same way. Null when nothing fixes the date.</param>
/// <param name="NeedsReview">True when the evidence leaves more than one day, or none: a person must decide.</param>
public sealed record PublicationDate(string Published, PublishedBasis Basis, string? Note, DateOnly? Reading, bool NeedsReview);
