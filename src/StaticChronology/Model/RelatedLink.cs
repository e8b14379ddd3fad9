namespace StaticChronology.Model;

/// <summary>A link from one entry to another, with how they relate.</summary>
public sealed record RelatedLink(Reference Entry, Relation Relation);
