using System.Text.RegularExpressions;
using StaticChronology.Model;

namespace StaticChronology.Ingest.Entities;

/// <summary>An office an article gives a person that the registry's description of them does not bear out.</summary>
/// <param name="Text">The title and name as the article writes them.</param>
public sealed record RoleMismatch(string PersonId, string Name, string Role, string Description, string Text);

/// <summary>
/// Catches an error machine translation often makes: the wrong office before a name ("US Secretary of State
/// Biden"). Only formal offices are checked, against the registry's description of the person; informal
/// words (spokesman, adviser, official) vary too much between outlets to prove anything.
/// </summary>
public static partial class RoleCheck
{
    public static IReadOnlyList<RoleMismatch> Find(string sentence, EntityMatcher matcher, IReadOnlyDictionary<string, RegistryItem> registry)
    {
        var found = new List<RoleMismatch>();
        foreach (Match match in TitledName().Matches(sentence))
        {
            var role = match.Groups["role"].Value;
            var name = match.Groups["name"];
            if (matcher.Find(name.Value).FirstOrDefault(m => m.Kind == RegistryKind.Person && m.Start == 0) is not { } person ||
                !registry.TryGetValue(person.Id, out var item) || item.Description is not { } description)
            {
                continue;
            }

            if (!Normalise(description).Contains(Normalise(role), StringComparison.Ordinal) || Denies(description, role))
            {
                found.Add(new RoleMismatch(person.Id, item.Name, role, description, match.Value));
            }
        }

        return found;
    }

    /// <summary>A description may name an office only to deny it: "(not Foreign Secretary)".</summary>
    private static bool Denies(string description, string role) =>
        Normalise(description).Contains("not " + Normalise(role), StringComparison.Ordinal);

    private static string Normalise(string text) =>
        text.ToLowerInvariant().Replace("defence", "defense", StringComparison.Ordinal);

    // Longer offices first, so "Secretary of State for Foreign Affairs" is not read as "Secretary of State".
    [GeneratedRegex(@"(?<role>Secretary of State for Foreign Affairs|Secretary of State|Deputy Foreign Minister|Foreign Minister|Defen[cs]e Minister|Prime Minister|Foreign Secretary|Secretary General|Vice President|President|Chancellor|Director|Ambassador) (?<name>\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex TitledName();
}
