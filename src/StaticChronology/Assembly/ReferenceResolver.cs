using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>Reports references to ids that do not exist, suggesting the closest id or the item whose name or alias was meant.</summary>
internal sealed class ReferenceResolver(ImmutableHashSet<string> unreadableIds, DiagnosticBag diagnostics)
{
    public void Check(IEnumerable<Reference> references, Registry registry, string what, string where)
    {
        foreach (var reference in references)
        {
            Check(reference, registry.ById.ContainsKey, registry.ById.Keys, what, where, registry);
        }
    }

    /// <param name="candidates">Only enumerated when the reference is unknown, to find suggestions.</param>
    public void Check(Reference reference, Func<string, bool> exists, IEnumerable<string> candidates, string what, string where, Registry? registry)
    {
        if (exists(reference.Id) || unreadableIds.Contains(reference.Id))
        {
            return;
        }

        var hint = Suggestions.DidYouMean(reference.Id, candidates) ?? ByName(reference.Id, registry);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnknownReference, reference.Location,
            $"unknown {what} '{reference.Id}'",
            (hint is null ? string.Empty : hint + " ") + $"or add it to {where}"));
    }

    private static string? ByName(string id, Registry? registry)
    {
        var match = registry?.Items.FirstOrDefault(item =>
            Ids.Slugify(item.Name).Contains(id, StringComparison.Ordinal) ||
            item.Aliases.Any(alias => string.Equals(Ids.Slugify(alias), id, StringComparison.Ordinal)));
        return match is null ? null : $"did you mean '{match.Id}' ({match.Name})?";
    }
}
