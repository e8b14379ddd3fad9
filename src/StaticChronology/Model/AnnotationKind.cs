namespace StaticChronology.Model;

/// <summary>The kinds of editorial annotation, in the order an entry page shows them.</summary>
public enum AnnotationKind
{
    Context,
    Discrepancy,
    Correction,
    Date,
    Note,
}
