namespace StaticChronology.Model;

/// <summary>How a related entry stands to the entry that links to it.</summary>
public enum Relation
{
    Related,
    Follows,
    RespondsTo,
    SameEvent,
    Contradicts,
}
