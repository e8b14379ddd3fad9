namespace StaticChronology.Ingest.Articles;

/// <summary>Who an attribution names: a name or noun phrase as written, or a word that refers back to someone.</summary>
/// <param name="IsPronoun">True when the speaker is named elsewhere and must be resolved: a pronoun ("she said"), or a verb joined by "and" to an earlier subject.</param>
internal sealed record Speaker(string Text, bool IsPronoun);
