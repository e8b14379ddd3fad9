using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>
/// The preview server's assembly: the first time, and after any change it cannot follow, a full
/// <see cref="ChronologyAssembler"/> run; after entries changed in place, the last chronology with those
/// entries put in, their indexes updated and their checks run again. Either way the same chronology, and the
/// same diagnostics, as a full run.
/// </summary>
/// <remarks>
/// An entry changes in place when its file, id and draft flag are the same and it keeps its place in the
/// order, its year and its month; its people, places, organisations, tags, sources, related entries, title
/// and text may change. Anything else (a date that moves the entry, an entry added, removed or renamed, a
/// registry, source, page, setting or seed changed) assembles everything again.
/// </remarks>
public sealed class IncrementalAssembler(Func<string, string?> readSeed)
{
    private readonly ChronologyAssembler _assembler = new(readSeed);
    private SiteInput? _input;
    private bool _includeDrafts;
    private Chronology? _chronology;
    private EntryContext? _context;
    private ImmutableArray<Diagnostic> _shared = [];
    private Dictionary<string, ImmutableArray<Diagnostic>> _byEntry = new(StringComparer.Ordinal);

    /// <summary>How many entries the last call put in place; null when it assembled everything.</summary>
    public int? Updated { get; private set; }

    /// <summary>The chronology the last call put entries into; null when it assembled everything.</summary>
    public Chronology? UpdatedFrom { get; private set; }

    public Chronology Assemble(SiteInput input, bool includeDrafts, DiagnosticBag diagnostics)
    {
        var changed = _chronology is null || includeDrafts != _includeDrafts ? null : ChangedEntries(_input!, input);
        var chronology = changed is null ? null : Update(_chronology!, changed);
        UpdatedFrom = chronology is null ? null : _chronology;
        if (chronology is null)
        {
            var shared = new DiagnosticBag();
            _byEntry = new Dictionary<string, ImmutableArray<Diagnostic>>(input.Entries.Length, StringComparer.Ordinal);
            chronology = _assembler.Assemble(input, includeDrafts, shared, _byEntry, out var context);
            _shared = shared.ToSortedArray();
            _context = context;
            Updated = null;
        }
        else
        {
            Updated = changed!.Count;
        }

        _input = input;
        _includeDrafts = includeDrafts;
        _chronology = chronology;
        diagnostics.AddRange(_shared);
        foreach (var own in _byEntry.Values)
        {
            diagnostics.AddRange(own);
        }

        return chronology;
    }

    /// <summary>The pairs of entries (before, after) that differ, or null when anything but entries changed in place.</summary>
    private static List<(Entry Before, Entry After)>? ChangedEntries(SiteInput before, SiteInput after)
    {
        if (before.Settings != after.Settings || before.Entries.Length != after.Entries.Length
            || !Same(before.Sources, after.Sources) || !Same(before.People, after.People) || !Same(before.Places, after.Places)
            || !Same(before.Organizations, after.Organizations) || !Same(before.Pages, after.Pages)
            || !before.UnreadableIds.SetEquals(after.UnreadableIds))
        {
            return null;
        }

        var changed = new List<(Entry, Entry)>();
        for (var i = 0; i < after.Entries.Length; i++)
        {
            var (was, now) = (before.Entries[i], after.Entries[i]);
            if (ReferenceEquals(was, now))
            {
                continue;
            }

            if (was.Location.Path != now.Location.Path || was.Id != now.Id || was.Draft != now.Draft)
            {
                return null;
            }

            changed.Add((was, now));
        }

        return changed;
    }

    /// <summary>Parsed files that did not change are the very same objects, so comparing references is enough.</summary>
    private static bool Same<T>(ImmutableArray<T> before, ImmutableArray<T> after)
        where T : class
    {
        if (before.Length != after.Length)
        {
            return false;
        }

        for (var i = 0; i < before.Length; i++)
        {
            if (!ReferenceEquals(before[i], after[i]))
            {
                return false;
            }
        }

        return true;
    }

    private Chronology? Update(Chronology chronology, List<(Entry Before, Entry After)> changed)
    {
        var context = _context!;
        var result = chronology;
        var checks = new List<(string Id, ImmutableArray<Diagnostic> Found)>(changed.Count);
        foreach (var (before, after) in changed)
        {
            // A draft left out of the site, or an id that lost to a duplicate, is in no index: nothing to put in.
            if (!result.Positions.TryGetValue(after.Id, out var position) || result.Entries[position].Location.Path != after.Location.Path)
            {
                return null;
            }

            var old = result.Entries[position];
            var now = ChronologyAssembler.Published(after, result.Positions);
            if (!KeepsItsPlace(result, position, old, now))
            {
                return null;
            }

            var own = new DiagnosticBag();
            _assembler.Check(after, context, own);
            checks.Add((after.Id, own.ToSortedArray()));
            result = Replace(result, position, old, now);
        }

        foreach (var (id, found) in checks)
        {
            _byEntry[id] = found;
        }

        return result;
    }

    /// <summary>Whether the changed entry sorts between the same neighbours and is filed under the same year and month.</summary>
    private static bool KeepsItsPlace(Chronology chronology, int position, Entry old, Entry now)
    {
        var entries = chronology.Entries;
        return (position == 0 || ChronologyAssembler.Order(entries[position - 1], now) < 0)
            && (position == entries.Length - 1 || ChronologyAssembler.Order(now, entries[position + 1]) < 0)
            && ChronologyAssembler.Anchor(old.Date) is var was && ChronologyAssembler.Anchor(now.Date) is var anchor
            && was.Year == anchor.Year
            && ChronologyAssembler.HasMonth(old.Date) == ChronologyAssembler.HasMonth(now.Date)
            && (!ChronologyAssembler.HasMonth(now.Date) || was.Month == anchor.Month);
    }

    private static Chronology Replace(Chronology chronology, int position, Entry old, Entry now)
    {
        var entries = chronology.Entries.SetItem(position, now);
        var byTag = Reindex(chronology.ByTag, chronology.Positions, old, now, e => e.Tags.Select(r => r.Id));
        var bySource = Reindex(chronology.BySource, chronology.Positions, old, now, e => e.Sources.Select(c => c.Source.Id));
        return chronology with
        {
            Entries = entries,
            Tags = byTag.Count == chronology.Tags.Length && chronology.Tags.All(t => byTag.ContainsKey(t.Id))
                ? chronology.Tags
                : [.. byTag.Keys.Order(StringComparer.Ordinal).Select(t => new TagInfo(t))],
            Years = Refile(chronology.Years, old, now),
            ByPerson = Reindex(chronology.ByPerson, chronology.Positions, old, now, e => e.People.Select(r => r.Id)),
            ByPlace = Reindex(chronology.ByPlace, chronology.Positions, old, now, e => e.Places.Select(r => r.Id)),
            ByOrganization = Reindex(chronology.ByOrganization, chronology.Positions, old, now, e => e.Organizations.Select(r => r.Id)),
            ByTag = byTag,
            BySource = bySource,
            Backlinks = Relink(chronology.Backlinks, chronology.Positions, old, now),
        };
    }

    /// <summary>The index with the entry taken out of the lists of its old keys and put, in order, into those of its new ones.</summary>
    private static ImmutableDictionary<string, ImmutableArray<Entry>> Reindex(
        ImmutableDictionary<string, ImmutableArray<Entry>> index, ImmutableDictionary<string, int> positions, Entry old, Entry now, Func<Entry, IEnumerable<string>> keys)
    {
        var position = positions[now.Id];
        var oldKeys = keys(old).ToHashSet(StringComparer.Ordinal);
        var newKeys = keys(now).ToHashSet(StringComparer.Ordinal);
        var result = index;
        foreach (var key in oldKeys.Union(newKeys).Order(StringComparer.Ordinal))
        {
            var list = index.GetValueOrDefault(key, []).RemoveAll(e => e.Id == now.Id);
            if (newKeys.Contains(key))
            {
                var at = 0;
                while (at < list.Length && positions[list[at].Id] < position)
                {
                    at++;
                }

                list = list.Insert(at, now);
            }

            result = list.IsEmpty ? result.Remove(key) : result.SetItem(key, list);
        }

        return result;
    }

    /// <summary>The backlinks with those from the old entry replaced by those from the new one, in the order of the entries.</summary>
    private static ImmutableDictionary<string, ImmutableArray<Backlink>> Relink(
        ImmutableDictionary<string, ImmutableArray<Backlink>> backlinks, ImmutableDictionary<string, int> positions, Entry old, Entry now)
    {
        var position = positions[now.Id];
        var result = backlinks;
        foreach (var target in old.Related.Concat(now.Related).Select(r => r.Entry.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var list = backlinks.GetValueOrDefault(target, []).RemoveAll(b => b.From.Id == now.Id);
            var at = 0;
            while (at < list.Length && positions[list[at].From.Id] < position)
            {
                at++;
            }

            list = list.InsertRange(at, now.Related.Where(r => r.Entry.Id == target).Select(r => new Backlink(now, r.Relation)));
            result = list.IsEmpty ? result.Remove(target) : result.SetItem(target, list);
        }

        return result;
    }

    /// <summary>The years with the entry replaced in the one list that holds it.</summary>
    private static ImmutableArray<YearGroup> Refile(ImmutableArray<YearGroup> years, Entry old, Entry now)
    {
        for (var y = 0; y < years.Length; y++)
        {
            var year = years[y];
            if (year.YearOnly.IndexOf(old, ReferenceEqualityComparer.Instance) is var only and >= 0)
            {
                return years.SetItem(y, year with { YearOnly = year.YearOnly.SetItem(only, now) });
            }

            for (var m = 0; m < year.Months.Length; m++)
            {
                var month = year.Months[m];
                if (month.Entries.IndexOf(old, ReferenceEqualityComparer.Instance) is var at and >= 0)
                {
                    return years.SetItem(y, year with { Months = year.Months.SetItem(m, month with { Entries = month.Entries.SetItem(at, now) }) });
                }
            }
        }

        throw new InvalidOperationException($"entry '{old.Id}' is in no year");
    }
}
