namespace StaticChronology.Model;

/// <summary>How a source's publication date is known.</summary>
public enum PublishedBasis
{
    Stated,
    Inferred,
}
