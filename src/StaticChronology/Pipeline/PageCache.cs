using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Scriban.Runtime;
using StaticChronology.Model;
using StaticChronology.Rendering;

namespace StaticChronology.Pipeline;

/// <summary>
/// Keeps each rendered page with a signature of everything it shows: the site-wide inputs, its own title and
/// URL, and the version of each entry it lists. A page whose signature is unchanged is not rendered again.
/// </summary>
/// <remarks>
/// An entry's version is the fingerprint of its file's bytes. That is enough because whatever else an
/// entry's model depends on (the set of entries, drafts, tags, registries, sources, theme) is in the
/// site-wide signature, and a change there renders every page.
/// </remarks>
internal sealed class PageCache : IRenderCache
{
    private readonly ConcurrentDictionary<string, (ulong Signature, OutputFile File)> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (ulong Signature, IReadOnlyList<OutputFile> Files)> _groups = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ulong Signature, ScriptObject Model)> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<OutputFile> _rendered = [];
    private readonly ConditionalWeakTable<Entry, EntryViewModel> _entries = [];
    private readonly ConcurrentDictionary<string, (IReadOnlyList<Entry> Entries, byte[][] Parts)> _parts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ulong> _signed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (long[] Inputs, object? Value)> _remembered = new(StringComparer.Ordinal);
    private ImmutableArray<Entry> _modelled = [];
    private Dictionary<string, EntryViewModel> _modelsById = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, ulong> _versions = new Dictionary<string, ulong>();
    private Dictionary<Entry, ulong> _byEntry = new(ReferenceEqualityComparer.Instance);
    private ulong _site;
    private ulong _allEntries;
    private ulong _theme;

    /// <summary>The pages rendered since <see cref="Begin"/>.</summary>
    public IReadOnlyCollection<OutputFile> Rendered => _rendered;

    public void Begin(ulong site, ulong theme, IReadOnlyDictionary<string, ulong> versions, IEnumerable<Entry> entries)
    {
        if (site != _site)
        {
            // Cards hold URLs and are built with the site-wide settings: a change there makes them all again.
            _entries.Clear();
            _modelled = [];
            _parts.Clear();
            _remembered.Clear();
        }

        _site = site;
        _theme = theme;
        _versions = versions;
        _rendered.Clear();
        _signed.Clear();

        // Pages list the chronology's own entry objects: looking their versions up by reference spares hashing ids.
        _byEntry = new Dictionary<Entry, ulong>(versions.Count, ReferenceEqualityComparer.Instance);
        var all = new Signature();
        all.Add(site);
        foreach (var entry in entries)
        {
            _byEntry[entry] = versions.GetValueOrDefault(entry.Id);
            AddEntry(ref all, entry);
        }

        _allEntries = all.Value;
    }

    /// <summary>Entries are kept by identity: an unchanged file's parsed entry is the very same object in the next build.</summary>
    public IReadOnlyDictionary<string, EntryViewModel> EntryModels(ImmutableArray<Entry> entries, Func<Entry, EntryViewModel> make)
    {
        // The usual edit: the same entries in the same places, one or two of them new objects with their old ids.
        var replaced = new List<Entry>();
        var inPlace = _modelled.Length == entries.Length;
        for (var i = 0; inPlace && i < entries.Length; i++)
        {
            if (!ReferenceEquals(_modelled[i], entries[i]))
            {
                inPlace = _modelled[i].Id == entries[i].Id;
                replaced.Add(entries[i]);
            }
        }

        Dictionary<string, EntryViewModel> byId;
        if (inPlace)
        {
            byId = replaced.Count == 0 ? _modelsById : new Dictionary<string, EntryViewModel>(_modelsById, StringComparer.Ordinal);
            foreach (var entry in replaced)
            {
                byId[entry.Id] = _entries.GetValue(entry, e => make(e));
            }
        }
        else
        {
            byId = ViewModels.Models(entries, entry => _entries.GetValue(entry, e => make(e)));
        }

        // Never changed once handed out: the next render copies it.
        _modelled = entries;
        _modelsById = byId;
        return byId;
    }

    public ScriptObject GroupModel(string key, IReadOnlyList<Entry> entries, Func<ScriptObject> make)
    {
        var signature = new Signature();
        signature.Add(_site);
        signature.Add((ulong)entries.Count);
        foreach (var entry in entries)
        {
            AddEntry(ref signature, entry);
        }

        if (_models.TryGetValue(key, out var kept) && kept.Signature == signature.Value)
        {
            return kept.Model;
        }

        var model = make();
        _models[key] = (signature.Value, model);
        return model;
    }

    public byte[][] Parts(string file, IReadOnlyList<Entry> entries, Func<Entry, byte[]> make)
    {
        // A few entries that differ from last time's in their places were edited; more than that, and entries moved.
        const int Edited = 8;
        var parts = new byte[entries.Count][];
        var found = _parts.TryGetValue(file, out var last);
        var differ = 0;
        Dictionary<Entry, byte[]>? byEntry = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var entry = entries[i];
            if (found && i < last.Entries.Count && ReferenceEquals(last.Entries[i], entry))
            {
                // The usual edit: the same entries in the same places, one or two of them new objects.
                parts[i] = last.Parts[i];
            }
            else if (!found || (byEntry is null && ++differ <= Edited && last.Entries.Count == entries.Count))
            {
                parts[i] = make(entry);
            }
            else
            {
                // Entries moved, came or went: a kept part is found by its entry.
                byEntry ??= ByEntry(last.Entries, last.Parts);
                parts[i] = byEntry.GetValueOrDefault(entry) ?? make(entry);
            }
        }

        _parts[file] = (entries, parts);
        return parts;
    }

    public T Remember<T>(string key, long[] inputs, Func<T> make)
    {
        if (_remembered.TryGetValue(key, out var kept) && kept.Value is T value && kept.Inputs.AsSpan().SequenceEqual(inputs))
        {
            return value;
        }

        var made = make();
        _remembered[key] = (inputs, made);
        return made;
    }

    public OutputFile? Find(PageJob job)
    {
        var signature = Sign(job);
        if (_pages.TryGetValue(job.Url, out var kept) && kept.Signature == signature)
        {
            return kept.File;
        }

        // The page is rendered next and kept with the signature just made.
        _signed[job.Url] = signature;
        return null;
    }

    public void Keep(PageJob job, OutputFile file)
    {
        _pages[job.Url] = (_signed.TryRemove(job.Url, out var signature) ? signature : Sign(job), file);
        _rendered.Add(file);
    }

    public IReadOnlyList<OutputFile> Files(string group, Func<IReadOnlyList<OutputFile>> render)
    {
        // Feeds and chronology.json carry every entry; the sitemap only addresses, which change with the
        // site-wide signature; static files come from the theme; the schemas never change.
        var signature = group switch
        {
            "data" => _allEntries,
            "addresses" => _site,
            "static" => _theme,
            _ => 0UL,
        };
        if (_groups.TryGetValue(group, out var kept) && kept.Signature == signature)
        {
            return kept.Files;
        }

        var files = render();
        _groups[group] = (signature, files);
        return files;
    }

    private static Dictionary<Entry, byte[]> ByEntry(IReadOnlyList<Entry> entries, byte[][] parts)
    {
        var byEntry = new Dictionary<Entry, byte[]>(entries.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entries.Count; i++)
        {
            byEntry[entries[i]] = parts[i];
        }

        return byEntry;
    }

    /// <summary>Drops pages no longer in the site, so a page that comes back is rendered afresh.</summary>
    public void Retain(IReadOnlySet<string> urls)
    {
        foreach (var url in _pages.Keys.Where(u => !urls.Contains(u)).ToList())
        {
            _pages.TryRemove(url, out _);
        }
    }

    private ulong Sign(PageJob job)
    {
        var signature = new Signature();
        signature.Add(_site);
        // The URL is the key; the title, description and origin come from the entries shown or from site-wide inputs.
        signature.Add(job.Layout);
        foreach (var entry in job.Shows)
        {
            AddEntry(ref signature, entry);
        }

        foreach (var count in job.Counts ?? [])
        {
            signature.Add((ulong)count);
        }

        return signature.Value;
    }

    /// <summary>Versions are keyed by id and already fold the id in, so one lookup signs an entry.</summary>
    private void AddEntry(ref Signature signature, Entry entry) =>
        signature.Add(_byEntry.TryGetValue(entry, out var version) ? version : _versions.GetValueOrDefault(entry.Id));
}
