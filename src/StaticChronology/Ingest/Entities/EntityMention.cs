using StaticChronology.Model;

namespace StaticChronology.Ingest.Entities;

/// <summary>A registry item found in a text, with the words the text used.</summary>
/// <param name="Text">The name exactly as written.</param>
/// <param name="IsCorrection">True when the text misspells the name (matched by edit distance), so the substitution can be annotated.</param>
public sealed record EntityMention(RegistryKind Kind, string Id, string Name, string Text, int Start, int Length, bool IsCorrection)
{
    public int End => Start + Length;
}
