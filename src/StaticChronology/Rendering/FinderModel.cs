using System.Collections.Immutable;
using Scriban.Runtime;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>The choices of the home page's search and filter form: only names and statuses that some entry has.</summary>
public static class FinderModel
{
    public static ScriptObject Build(Chronology chronology)
    {
        var bounds = chronology.Entries
            .SelectMany(e => new[] { EdtfDisplay.IsoStart(e.Date), EdtfDisplay.IsoEnd(e.Date) })
            .OfType<string>()
            .ToList();
        return ViewModels.Obj(
            ("people", Options(chronology.People, chronology.ByPerson)),
            ("places", Options(chronology.Places, chronology.ByPlace)),
            ("organizations", Options(chronology.Organizations, chronology.ByOrganization)),
            ("tags", ViewModels.ToArray(chronology.Tags.Select(t => Option(t.Id, t.Name, chronology.ByTag[t.Id].Length)))),
            ("statuses", ViewModels.ToArray(Enum.GetValues<EntryStatus>()
                .Where(s => chronology.Entries.Any(e => e.Status == s))
                .Select(s => Option(s.ToString().ToLowerInvariant(), s.ToString(), chronology.Entries.Count(e => e.Status == s))))),
            ("first", bounds.Count == 0 ? null : bounds.Min(StringComparer.Ordinal)),
            ("last", bounds.Count == 0 ? null : bounds.Max(StringComparer.Ordinal)));
    }

    private static ScriptArray Options(Registry registry, ImmutableDictionary<string, ImmutableArray<Entry>> index) =>
        ViewModels.ToArray(registry.Items
            .Where(item => index.GetValueOrDefault(item.Id, []).Length > 0)
            .Select(item => Option(item.Id, item.Name, index[item.Id].Length)));

    private static ScriptObject Option(string id, string name, int count) => ViewModels.Obj(("id", id), ("name", name), ("count", count));
}
