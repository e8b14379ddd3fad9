using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;
using StaticChronology.Output;
using StaticChronology.Rendering;

namespace StaticChronology.Pipeline;

/// <summary>
/// The preview server's build: the stages of <see cref="BuildPipeline"/>, in the same order, each keeping what it
/// made last time and redoing only what a change reaches. Its files equal a clean build's, byte for byte.
/// </summary>
/// <remarks>
/// Load reads and parses only the files reported changed (every file, compared by content, after a rescan).
/// Assemble puts entries changed in place into the last chronology (<see cref="IncrementalAssembler"/>) and
/// otherwise runs over every parsed file, as it must: it is the barrier. Render keeps each page whose
/// signature (<see cref="PageCache"/>) is unchanged; after entries changed in place it lists only the pages that
/// show them (<see cref="PageJobs.Showing"/>), before or after, and keeps every other file as it was. Check looks
/// again at the links of re-rendered pages (only in the parts that changed, when that is enough) and of pages that
/// link into them. Nothing is written: the server serves the files from memory.
/// </remarks>
public sealed class IncrementalBuilder
{
    private readonly BuildOptions _options;
    private readonly InputLoader _loader;
    private readonly string _inputRoot;
    private readonly string _themeRoot;
    private readonly MarkdownRenderer _markdown = new(remember: true);
    private readonly PageCache _pages = new();
    private readonly Dictionary<string, ParsedFile> _parsed = new(StringComparer.Ordinal);
    private ParsedFile[] _inOrder = [];
    private Dictionary<string, int> _indexOf = new(StringComparer.Ordinal);
    private List<(ParsedFile? Before, ParsedFile After)>? _fresh;
    private Dictionary<string, ulong> _versions = new(StringComparer.Ordinal);
    private ulong _entrySet;
    private readonly Dictionary<string, PageLinks> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OutputFile> _checked = new(StringComparer.Ordinal);
    private readonly HashSet<string> _intoOthers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private readonly LinkScanner _scanner = new();
    private ConcurrentDictionary<string, string?> _seeds = new(StringComparer.Ordinal);
    private IncrementalAssembler _assembler;
    private IReadOnlyList<InputFile>? _files;
    private ImmutableArray<Diagnostic> _findDiagnostics = [];
    private ThemeTemplates? _theme;
    private ImmutableArray<Diagnostic> _themeDiagnostics = [];
    private ulong _themeGeneration;
    private ulong? _lastSite;
    private ImmutableArray<Diagnostic> _collisions = [];
    private Dictionary<string, OutputFile> _lastGood = new(StringComparer.Ordinal);
    private Chronology? _rendered;
    private ImmutableArray<OutputFile> _output;
    private Dictionary<string, int> _outputAt = new(StringComparer.Ordinal);
    private IReadOnlyList<OutputFile>? _placed;

    public IncrementalBuilder(BuildOptions options)
    {
        _options = options;
        _loader = new InputLoader(options.InputRoot, options.DisplayRoot);
        _inputRoot = Path.GetFullPath(options.InputRoot);
        _themeRoot = Path.GetFullPath(options.ThemeRoot);
        _assembler = new IncrementalAssembler(ReadSeed);
    }

    /// <summary>Builds the site the first time, or again after <paramref name="changes"/>.</summary>
    /// <param name="first">Pages to finish, check and hand over before the rest of the site is made.</param>
    public IncrementalResult Rebuild(ChangeSet changes, FirstPages? first = null)
    {
        var diagnostics = new DiagnosticBag();
        var timings = ImmutableArray.CreateBuilder<StageTiming>();
        var scope = Classify(changes);
        _placed = null;

        // The stages, in execution order, as in BuildPipeline.
        var (input, parsed) = Stage("load", timings, () => Load(scope, diagnostics));
        var chronology = input is null ? null : Stage("assemble", timings, () => _assembler.Assemble(input, _options.IncludeDrafts, diagnostics));
        var theme = Stage("theme", timings, () => LoadTheme(scope, diagnostics));
        var site = chronology is null ? 0UL : SiteSignature(chronology);
        var full = site != _lastSite;
        var files = chronology is null || theme is null ? [] : Stage("render", timings, () => Render(chronology, theme, site, full ? null : first, diagnostics));
        if (!files.IsEmpty)
        {
            Stage("check", timings, () => Check(files, chronology!, full, diagnostics));
            _lastSite = site;
        }

        var result = new BuildResult(diagnostics.ToSortedArray(), files, timings.ToImmutable(), chronology?.Entries.Length ?? 0);
        _lastGood = !result.Succeeded ? new(StringComparer.Ordinal)
            : _placed is not null && _lastGood.Count > 0 ? Replaced(_lastGood, _placed)
            : ByPath(files);
        return new IncrementalResult(result, parsed, files.IsEmpty ? 0 : _pages.Rendered.Count, full, _lastGood);
    }

    /// <summary>The last good site's files with those rendered again in their places: a copy, as the last one may be being served.</summary>
    private static Dictionary<string, OutputFile> Replaced(Dictionary<string, OutputFile> site, IReadOnlyList<OutputFile> placed)
    {
        var byPath = new Dictionary<string, OutputFile>(site, StringComparer.Ordinal);
        foreach (var file in placed)
        {
            byPath[file.Path] = file;
        }

        return byPath;
    }

    private static Dictionary<string, OutputFile> ByPath(ImmutableArray<OutputFile> files)
    {
        var byPath = new Dictionary<string, OutputFile>(files.Length, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath[file.Path] = file;
        }

        return byPath;
    }

    private static T Stage<T>(string name, ImmutableArray<StageTiming>.Builder timings, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        timings.Add(new StageTiming(name, clock.Elapsed));
        return result;
    }

    private Scope Classify(ChangeSet changes)
    {
        if (changes.Rescan || _files is null)
        {
            return new Scope(Rescan: true, Walk: true, Theme: true, Seeds: true, []);
        }

        var inputPrefix = _inputRoot + Path.DirectorySeparatorChar;
        var themePrefix = _themeRoot + Path.DirectorySeparatorChar;
        var walk = false;
        var theme = false;
        var seeds = false;
        var reread = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changes.Paths)
        {
            if (path.StartsWith(inputPrefix, StringComparison.Ordinal) || path == _inputRoot)
            {
                // A file that is known and still a file changed in place; anything else (created, deleted,
                // renamed, a folder) may change the list of files, which only a new walk can tell.
                if (_parsed.ContainsKey(path) && File.Exists(path))
                {
                    reread.Add(path);
                }
                else
                {
                    walk = true;
                }
            }
            else if (path.StartsWith(themePrefix, StringComparison.Ordinal) || path == _themeRoot)
            {
                theme = true;
            }
            else
            {
                // Seeds, beside the input folder: quotes are checked against them and sources name them.
                seeds = true;
            }
        }

        return new Scope(Rescan: false, walk, theme, seeds, reread);
    }

    private (SiteInput? Input, int Parsed) Load(Scope scope, DiagnosticBag diagnostics)
    {
        if (scope.Walk)
        {
            var found = new DiagnosticBag();
            _files = _loader.Find(found);
            _findDiagnostics = found.ToSortedArray();
        }

        diagnostics.AddRange(_findDiagnostics);
        if (_files is null)
        {
            _parsed.Clear();
            return (null, 0);
        }

        if (scope.Seeds)
        {
            // The assembler keeps each seed folded for the quote checks: a new one reads them afresh.
            _seeds = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
            _assembler = new IncrementalAssembler(ReadSeed);
        }

        // Without a new walk the list of files is the one parsed last time: only the files reported changed are read.
        var everything = scope.Rescan || scope.Walk || scope.Seeds || _inOrder.Length != _files.Count;
        var stale = everything
            ? _files.Where(f => scope.Rescan || !_parsed.ContainsKey(f.FullPath) || scope.Reread.Contains(f.FullPath) || (scope.Seeds && f.Kind == InputFileKind.Source)).ToList()
            : [.. _files.Where(f => scope.Reread.Contains(f.FullPath))];
        var fresh = new ParsedFile?[stale.Count];
        Parallel.For(0, stale.Count, i => fresh[i] = Read(stale[i], scope.Seeds));
        var changed = new List<(ParsedFile? Before, ParsedFile After)>();
        foreach (var file in fresh.OfType<ParsedFile>())
        {
            changed.Add((_parsed.GetValueOrDefault(file.File.FullPath), file));
            _parsed[file.File.FullPath] = file;
        }

        // Null says that everything may have changed: the versions of entries are taken afresh.
        _fresh = everything ? null : changed;

        if (everything)
        {
            var present = _files.Select(f => f.FullPath).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _parsed.Keys.Where(p => !present.Contains(p)).ToList())
            {
                _parsed.Remove(gone);
            }

            _inOrder = [.. _files.Select(f => _parsed[f.FullPath])];
            _indexOf = new Dictionary<string, int>(_files.Count, StringComparer.Ordinal);
            for (var i = 0; i < _files.Count; i++)
            {
                _indexOf[_files[i].FullPath] = i;
            }
        }
        else
        {
            foreach (var (_, file) in changed)
            {
                _inOrder[_indexOf[file.File.FullPath]] = file;
            }
        }

        var results = new object?[_files.Count];
        for (var i = 0; i < _inOrder.Length; i++)
        {
            results[i] = _inOrder[i].Result;
            if (!_inOrder[i].Diagnostics.IsEmpty)
            {
                diagnostics.AddRange(_inOrder[i].Diagnostics);
            }
        }

        var parsed = changed.Count;
        return (_loader.Combine(_files, results, diagnostics), parsed);
    }

    /// <summary>Reads one file; returns null when its bytes are those parsed last time (and seeds did not change).</summary>
    private ParsedFile? Read(InputFile file, bool seedsChanged)
    {
        var bag = new DiagnosticBag();
        var bytes = InputLoader.ReadBytes(file, bag);
        var version = bytes is null ? 0UL : Signature.Of(bytes);
        if (bytes is not null && !seedsChanged && _parsed.TryGetValue(file.FullPath, out var kept) && kept.Version == version && kept.File == file)
        {
            return null;
        }

        var result = bytes is null ? null : _loader.Parse(file, bytes, bag);
        return new ParsedFile(file, version, result, bag.ToSortedArray());
    }

    private string? ReadSeed(string seed) => _seeds.GetOrAdd(seed, s =>
    {
        var root = _loader.RepositoryRoot;
        var path = Path.Combine(root, s);
        return File.Exists(path) && RepositoryPaths.IsFreeOfLinks(root, s) ? TextDecoder.NormaliseLineEndings(File.ReadAllText(path)) : null;
    });

    private ThemeTemplates? LoadTheme(Scope scope, DiagnosticBag diagnostics)
    {
        if (scope.Theme)
        {
            var bag = new DiagnosticBag();
            _theme = ThemeTemplates.Load(_options.ThemeRoot, Display, bag);
            _themeDiagnostics = bag.ToSortedArray();
            _themeGeneration++;
        }

        diagnostics.AddRange(_themeDiagnostics);
        return _theme;
    }

    /// <summary>Everything every page depends on: a change here renders the whole site again.</summary>
    private ulong SiteSignature(Chronology chronology)
    {
        var signature = new Signature();
        signature.Add(_options.BaseUrl);
        signature.Add(_options.IncludeDrafts ? 1UL : 0UL);
        signature.Add(_themeGeneration);
        foreach (var file in _files!)
        {
            if (file.Kind != InputFileKind.Entry)
            {
                signature.Add(file.FullPath);
                signature.Add(_parsed[file.FullPath].Version);
            }
        }

        // The set of entries (site.entry_count, which pages exist, which links resolve), tags and months. Entries
        // put in place by the assembler kept their ids, so the set is the one signed last time.
        if (_assembler.Updated is null)
        {
            var ids = new Signature();
            foreach (var id in chronology.Positions.Keys.Order(StringComparer.Ordinal))
            {
                ids.Add(id);
            }

            _entrySet = ids.Value;
        }

        signature.Add(_entrySet);

        foreach (var tag in chronology.Tags)
        {
            signature.Add(tag.Id);
        }

        foreach (var year in chronology.Years)
        {
            signature.Add((ulong)year.Year);
            signature.Add((ulong)year.YearOnly.Length);
            foreach (var month in year.Months)
            {
                signature.Add((ulong)month.Month);
            }
        }

        return signature.Value;
    }

    private ImmutableArray<OutputFile> Render(Chronology chronology, ThemeTemplates theme, ulong site, FirstPages? first, DiagnosticBag diagnostics)
    {
        _pages.Begin(site, _themeGeneration, Versions(), chronology.Entries);
        var urls = new SiteUrls(_options.BaseUrl ?? chronology.Settings.BaseUrl);
        var options = new RenderOptions(_options.BaseUrl, _options.IncludeDrafts)
        {
            First = first?.Urls,
            FirstDone = first is null || _lastGood.Count == 0 ? null : _ => HandOver(first, urls, diagnostics),
        };
        var reached = site == _lastSite ? Reached(chronology, urls) : null;
        var rendered = new SiteRenderer(theme, _markdown).Render(chronology, options with { Only = reached }, diagnostics, _pages);
        var files = reached is null ? rendered : Splice(rendered, reached, urls);
        _placed = reached is null ? null : rendered;
        if (site != _lastSite)
        {
            // Without a site-wide change the site has the same pages as last time, and none is to be dropped.
            _pages.Retain(files.Where(f => f.IsHtml).Select(f => UrlOf(f, urls)).ToHashSet(StringComparer.Ordinal));
        }

        // A page that failed to render is missing from the list: the next rebuild lists every page again.
        var complete = !diagnostics.Has(DiagnosticCodes.TemplateError);
        _output = complete ? files : default;
        _rendered = complete ? chronology : null;
        if (complete && reached is null)
        {
            _outputAt = new Dictionary<string, int>(files.Length, StringComparer.Ordinal);
            for (var i = 0; i < files.Length; i++)
            {
                _outputAt.TryAdd(files[i].Path, i);
            }
        }

        return files;
    }

    /// <summary>
    /// The addresses of the pages that show an entry put in place by the assembler, as it was or as it is now; null
    /// when the change is not only that, or when the last render is not there to be kept from.
    /// </summary>
    private HashSet<string>? Reached(Chronology chronology, SiteUrls urls)
    {
        if (_assembler.Updated is null || _rendered is not { } before || _output.IsDefault || !ReferenceEquals(_assembler.UpdatedFrom, before)
            || before.Entries.Length != chronology.Entries.Length)
        {
            return null;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < chronology.Entries.Length; i++)
        {
            if (!ReferenceEquals(before.Entries[i], chronology.Entries[i]))
            {
                reached.UnionWith(PageJobs.Showing(before, urls, before.Entries[i]));
                reached.UnionWith(PageJobs.Showing(chronology, urls, chronology.Entries[i]));
            }
        }

        // Their counts may have changed; they are rendered again if they did.
        reached.UnionWith(PageJobs.Counting(urls));

        return reached;
    }

    /// <summary>The last render's files, in their order, with the pages and data files rendered again put in their places.</summary>
    private ImmutableArray<OutputFile> Splice(ImmutableArray<OutputFile> rendered, HashSet<string> reached, SiteUrls urls)
    {
        var files = _output.ToArray();
        var placed = new HashSet<int>();
        foreach (var file in rendered)
        {
            var at = _outputAt[file.Path];
            files[at] = file;
            placed.Add(at);
        }

        // A page reached and not rendered failed to: like a clean build, the site goes without it.
        var failed = reached.Select(url => _outputAt.GetValueOrDefault(urls.OutputPath(url), -1)).Where(at => at >= 0 && !placed.Contains(at)).ToHashSet();
        return failed.Count == 0 ? [.. files] : [.. files.Where((_, at) => !failed.Contains(at))];
    }

    /// <summary>
    /// Hands the first pages over when they changed and nothing has failed: their links are checked against the last
    /// good site, which has the same pages (the change is not site-wide) and, but for these, the same ids.
    /// </summary>
    private void HandOver(FirstPages first, SiteUrls urls, DiagnosticBag diagnostics)
    {
        // Only the first pages have been rendered so far in this build.
        var rendered = _pages.Rendered.ToList();
        if (rendered.Count == 0 || diagnostics.HasErrors)
        {
            return;
        }

        var byPath = rendered.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var paths = byPath.Keys.ToHashSet(StringComparer.Ordinal);
        var parts = rendered.Select(page => ChangedPart(page, paths) ?? page).ToList();
        if (LinkChecker.Find(parts, path => byPath.GetValueOrDefault(path) ?? _lastGood.GetValueOrDefault(path), urls).All(p => p.Broken.IsEmpty))
        {
            first.Ready(rendered);
        }
    }

    /// <summary>Each entry's version, by id: its file's fingerprint. Only the files read this time are looked at, when that is enough.</summary>
    private Dictionary<string, ulong> Versions()
    {
        if (_fresh is { } changed && changed.All(c => c.Before?.Result is Entry before && c.After.Result is Entry after && before.Id == after.Id))
        {
            // Copied, not changed in place: the page cache holds on to the versions it was given.
            var updated = new Dictionary<string, ulong>(_versions, StringComparer.Ordinal);
            foreach (var (_, file) in changed)
            {
                updated[((Entry)file.Result!).Id] = VersionOf((Entry)file.Result!, file.Version);
            }

            return _versions = updated;
        }

        var versions = new Dictionary<string, ulong>(_parsed.Count, StringComparer.Ordinal);
        foreach (var file in _parsed.Values)
        {
            if (file.Result is Entry entry)
            {
                versions[entry.Id] = VersionOf(entry, file.Version);
            }
        }

        return _versions = versions;
    }

    private static ulong VersionOf(Entry entry, ulong fileVersion)
    {
        var version = new Signature();
        version.Add(entry.Id);
        version.Add(fileVersion);
        return version.Value;
    }

    private static string UrlOf(OutputFile file, SiteUrls urls)
    {
        if (file.Path == "404.html")
        {
            return urls.File("404.html");
        }

        return urls.BasePath + (file.Path.EndsWith("index.html", StringComparison.Ordinal) ? file.Path[..^"index.html".Length] : file.Path);
    }

    private bool Check(ImmutableArray<OutputFile> files, Chronology chronology, bool full, DiagnosticBag diagnostics)
    {
        // Without a site-wide change the set of output paths is the same, and so are its collisions.
        if (full)
        {
            var bag = new DiagnosticBag();
            CollisionChecker.Check(files, bag);
            _collisions = bag.ToSortedArray();
        }

        diagnostics.AddRange(_collisions);
        var urls = new SiteUrls(_options.BaseUrl ?? chronology.Settings.BaseUrl);
        List<OutputFile> recheck;
        var wholes = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        if (full)
        {
            _links.Clear();
            _broken.Clear();
            _checked.Clear();
            _intoOthers.Clear();
            recheck = [.. files.Where(f => f.IsHtml)];
        }
        else
        {
            // The same pages as last time: those rendered again, and those that link into one of them with a fragment.
            recheck = [.. _pages.Rendered];
            var rendered = recheck.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in _intoOthers)
            {
                if (!rendered.Contains(path) && _links[path].FragmentTargets.Any(rendered.Contains))
                {
                    recheck.Add(_checked[path]);
                }
            }

            // A page that changed in one place (the home page, one card among 10,000) has only that place's links checked.
            for (var i = 0; i < recheck.Count; i++)
            {
                if (ChangedPart(recheck[i], rendered) is { } part)
                {
                    wholes[part.Path] = recheck[i];
                    recheck[i] = part;
                }
            }
        }

        foreach (var links in LinkChecker.Find(recheck, FileAt(files), urls))
        {
            // Outside the changed part the links resolved before and still do, into the same pages.
            var path = links.Path;
            _links[path] = wholes.ContainsKey(path)
                ? links with { FragmentTargets = [.. _links[path].FragmentTargets.Union(links.FragmentTargets, StringComparer.Ordinal)] }
                : links;
            if (_links[path].Broken.IsEmpty)
            {
                _broken.Remove(path);
            }
            else
            {
                _broken.Add(path);
            }

            if (_links[path].FragmentTargets.Any(t => t != path))
            {
                _intoOthers.Add(path);
            }
            else
            {
                _intoOthers.Remove(path);
            }
        }

        foreach (var page in recheck)
        {
            _checked[page.Path] = wholes.GetValueOrDefault(page.Path, page);
        }

        // Pages go only with a site-wide change, or when one failed to render.
        if (full || files.Count(f => f.IsHtml) != _links.Count)
        {
            var present = files.Where(f => f.IsHtml).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in _links.Keys.Where(p => !present.Contains(p)).ToList())
            {
                _links.Remove(gone);
                _broken.Remove(gone);
                _checked.Remove(gone);
                _intoOthers.Remove(gone);
            }
        }

        LinkChecker.Report(_broken.SelectMany(path => _links[path].Broken), diagnostics);
        return true;
    }

    /// <summary>Finds the site's files by path; of two files at one path (the collision checker's to report), the first, as in a clean build.</summary>
    private Func<string, OutputFile?> FileAt(ImmutableArray<OutputFile> files)
    {
        // The places by path hold for the files of a render in which every page rendered: a splice keeps each file in its place.
        if (!_output.IsDefault && _output == files)
        {
            return path => _outputAt.TryGetValue(path, out var at) ? files[at] : null;
        }

        var byPath = new Dictionary<string, OutputFile>(files.Length, StringComparer.Ordinal);
        foreach (var file in files)
        {
            byPath.TryAdd(file.Path, file);
        }

        return path => byPath.GetValueOrDefault(path);
    }

    /// <summary>
    /// The parts of a page rendered again that differ from the version checked last time (<see cref="PageChanges"/>),
    /// one after another; null when the page must be checked whole.
    /// </summary>
    /// <remarks>
    /// The rest of the page holds the same links as before, and they resolve the same when none was broken, the
    /// set of pages is the same (no site-wide change), no other page they point into with a fragment was rendered
    /// again, and the ids of this page are the same (the parts have the same ids as they had).
    /// </remarks>
    private OutputFile? ChangedPart(OutputFile page, HashSet<string> rendered)
    {
        if (!_links.TryGetValue(page.Path, out var before) || !before.Broken.IsEmpty || !_checked.TryGetValue(page.Path, out var checkedBefore)
            || before.FragmentTargets.Any(t => t != page.Path && rendered.Contains(t)))
        {
            return null;
        }

        var old = checkedBefore.Content;
        var now = page.Content;
        if (PageChanges.Find(old, now) is not { } runs || runs.Sum(r => (long)(r.NewEnd - r.NewStart)) * 4 > now.Length)
        {
            // Changes that cannot be followed, or that are much of the page, leave little to spare: the page is checked whole.
            return null;
        }

        // Each run holds whole tags, so joined they are text the scanner reads as it reads the page.
        var oldParts = Join(old, runs.Select(r => (r.OldStart, r.OldEnd)));
        var newParts = Join(now, runs.Select(r => (r.NewStart, r.NewEnd)));
        return _scanner.Ids(oldParts).SequenceEqual(_scanner.Ids(newParts), StringComparer.Ordinal) ? page with { Content = newParts } : null;
    }

    private static byte[] Join(byte[] text, IEnumerable<(int Start, int End)> ranges)
    {
        var joined = new List<byte>();
        foreach (var (start, end) in ranges)
        {
            joined.AddRange(text.AsSpan(start, end - start));
            joined.Add((byte)'\n');
        }

        return [.. joined];
    }

    private string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(_options.DisplayRoot), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    private sealed record Scope(bool Rescan, bool Walk, bool Theme, bool Seeds, HashSet<string> Reread);

    /// <summary>One input file as last read: its content's fingerprint, what parsing made of it, what parsing said.</summary>
    private sealed record ParsedFile(InputFile File, ulong Version, object? Result, ImmutableArray<Diagnostic> Diagnostics);
}
