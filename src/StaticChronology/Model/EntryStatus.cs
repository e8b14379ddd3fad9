namespace StaticChronology.Model;

/// <summary>Whether an entry's event happened, was announced ahead, is only reported, or is denied.</summary>
public enum EntryStatus
{
    Occurred,
    Planned,
    Reported,
    Denied,
}
