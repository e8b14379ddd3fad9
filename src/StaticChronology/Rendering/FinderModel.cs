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
        // One pass, no string per entry: yyyy-MM-dd of years 1 to 9999 sorts as the dates do, so the bounds are
        // the earliest and latest days formatted once.
        DateOnly? first = null;
        DateOnly? last = null;
        var statuses = new int[Enum.GetValues<EntryStatus>().Max(s => (int)s) + 1];
        foreach (var entry in chronology.Entries)
        {
            statuses[(int)entry.Status]++;
            if (entry.Date.Start is not null)
            {
                Widen(ref first, ref last, entry.Date.Earliest);
            }

            if (entry.Date.End is not null)
            {
                Widen(ref first, ref last, entry.Date.Latest);
            }
        }

        return ViewModels.Obj(
            ("people", Options(chronology.People, chronology.ByPerson)),
            ("places", Options(chronology.Places, chronology.ByPlace)),
            ("organizations", Options(chronology.Organizations, chronology.ByOrganization)),
            ("tags", ViewModels.ToArray(chronology.Tags.Select(t => Option(t.Id, t.Name, chronology.ByTag[t.Id].Length)))),
            ("statuses", ViewModels.ToArray(Enum.GetValues<EntryStatus>()
                .Where(s => statuses[(int)s] > 0)
                .Select(s => Option(s.ToString().ToLowerInvariant(), s.ToString(), statuses[(int)s])))),
            ("first", first is { } from ? Iso(from) : null),
            ("last", last is { } to ? Iso(to) : null));
    }

    /// <summary>The days <see cref="EdtfDisplay.IsoStart"/> and <see cref="EdtfDisplay.IsoEnd"/> give count towards the bounds.</summary>
    private static void Widen(ref DateOnly? first, ref DateOnly? last, DateOnly day)
    {
        first = first is { } f && f <= day ? f : day;
        last = last is { } l && l >= day ? l : day;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static ScriptArray Options(Registry registry, ImmutableDictionary<string, ImmutableArray<Entry>> index) =>
        ViewModels.ToArray(registry.Items
            .Where(item => index.GetValueOrDefault(item.Id, []).Length > 0)
            .Select(item => Option(item.Id, item.Name, index[item.Id].Length)));

    private static ScriptObject Option(string id, string name, int count) => ViewModels.Obj(("id", id), ("name", name), ("count", count));
}
