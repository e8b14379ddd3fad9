namespace StaticChronology.Ingest.Temporal;

/// <summary>The publication dates, both ends included, that keep a reading of the text true, and why.</summary>
/// <remarks>A window whose <see cref="Earliest"/> comes after its <see cref="Latest"/> is empty: no publication date fits.</remarks>
public sealed record PublicationWindow(DateOnly Earliest, DateOnly Latest, IReadOnlyList<string> Reasons)
{
    public bool IsEmpty => Earliest > Latest;

    public bool Contains(DateOnly date) => date >= Earliest && date <= Latest;
}
