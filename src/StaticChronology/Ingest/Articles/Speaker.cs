namespace StaticChronology.Ingest.Articles;

/// <summary>Who an attribution names: a name or noun phrase as written, or a pronoun still to be resolved.</summary>
internal sealed record Speaker(string Text, bool IsPronoun);
