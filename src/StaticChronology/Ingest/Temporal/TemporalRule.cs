namespace StaticChronology.Ingest.Temporal;

/// <summary>One pattern of the tagger: the kind it finds, its regular expression with placeholders, and fixed values.</summary>
/// <param name="Pattern">A .NET regular expression, matched case-insensitively, in which %NAME placeholders stand for lexicon alternations.</param>
/// <param name="Sign">For offsets: -1 when the words count back ("ago"), +1 forward ("in two weeks"), 0 when a word of the match says it.</param>
internal sealed record TemporalRule(string Name, MentionKind Kind, string Pattern, int Sign = 0, OffsetAnchor Anchor = OffsetAnchor.Publication);
