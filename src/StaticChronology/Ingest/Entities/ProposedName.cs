namespace StaticChronology.Ingest.Entities;

/// <summary>A person's name found after a title ("Defense Minister Oleksii Reznikov") that the registry does not know yet.</summary>
/// <param name="Role">The title words before the name, kept as a draft description.</param>
public sealed record ProposedName(string Id, string Name, string Role, int Start);
