using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Finds every input file, refuses links and misplaced or misnamed files, and reads the rest in parallel.</summary>
public sealed class InputLoader(string inputRoot, string displayRoot)
{
    private readonly string _inputRoot = Path.GetFullPath(inputRoot);
    private readonly string _displayRoot = Path.GetFullPath(displayRoot);

    /// <summary>The repository root that <c>seed</c> paths are relative to: the input folder's parent.</summary>
    public string RepositoryRoot => Path.GetDirectoryName(_inputRoot) ?? _inputRoot;

    public SiteInput? Load(DiagnosticBag diagnostics)
    {
        if (Find(diagnostics) is not { } files)
        {
            return null;
        }

        var results = new object?[files.Count];
        Parallel.For(0, files.Count, i => results[i] = ReadOne(files[i], diagnostics));
        return Combine(files, results, diagnostics);
    }

    /// <summary>Every input file in ordinal path order, or null when the input folder is missing.</summary>
    public IReadOnlyList<InputFile>? Find(DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(_inputRoot))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, SourceLocation.FileStart(Display(_inputRoot)),
                "input folder not found", "run from the repository root or pass --input DIR"));
            return null;
        }

        return InputFileFinder.Find(_inputRoot, Display, diagnostics);
    }

    /// <summary>Puts the parsed files, given in the order <see cref="Find"/> returned them, together into the site's input.</summary>
    public SiteInput? Combine(IReadOnlyList<InputFile> files, IReadOnlyList<object?> results, DiagnosticBag diagnostics)
    {
        ChronologySettings? settings = null;
        var entries = ImmutableArray.CreateBuilder<Entry>();
        var sources = ImmutableArray.CreateBuilder<Source>();
        var registries = new Dictionary<RegistryKind, ImmutableArray<RegistryItem>>();
        var pages = ImmutableArray.CreateBuilder<Page>();
        var broken = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            switch (results[i])
            {
                case ChronologySettings s:
                    settings = s;
                    break;
                case Entry entry:
                    entries.Add(entry);
                    break;
                case Source source:
                    sources.Add(source);
                    break;
                case ImmutableArray<RegistryItem> items:
                    registries[files[i].Registry] = items;
                    break;
                case Page page:
                    pages.Add(page);
                    break;
                case null when files[i].Id is { } id:
                    broken.Add(id);
                    break;
            }
        }

        if (settings is null)
        {
            if (!files.Any(f => f.Kind == InputFileKind.Settings))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingKey, SourceLocation.FileStart(Display(Path.Combine(_inputRoot, "chronology.yml"))),
                    "chronology.yml not found", "create it with title, base_url and language"));
            }

            return null;
        }

        return new SiteInput(
            settings,
            entries.ToImmutable(),
            sources.ToImmutable(),
            registries.GetValueOrDefault(RegistryKind.Person, []),
            registries.GetValueOrDefault(RegistryKind.Place, []),
            registries.GetValueOrDefault(RegistryKind.Organization, []),
            pages.ToImmutable(),
            broken.ToImmutable());
    }

    /// <summary>Reads and parses one file; the boxed result's type says what it was.</summary>
    public object? ReadOne(InputFile file, DiagnosticBag diagnostics) =>
        ReadBytes(file, diagnostics) is { } bytes ? Parse(file, bytes, diagnostics) : null;

    /// <summary>Reads a file's bytes, refusing one over the size limit before reading it.</summary>
    public static byte[]? ReadBytes(InputFile file, DiagnosticBag diagnostics)
    {
        try
        {
            // Refuse before reading: a 50 MB file should cost nothing, and the message gives its real size.
            // One handle serves the size and the read, so what is read is what was measured; nothing else
            // writes input files during a build, so the handle takes no lock.
            using var handle = File.OpenHandle(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var length = RandomAccess.GetLength(handle);
            if (!TextDecoder.CheckSize(file.DisplayPath, length, diagnostics))
            {
                return null;
            }

            var bytes = new byte[length];
            var read = 0;
            int count;
            while (read < bytes.Length && (count = RandomAccess.Read(handle, bytes.AsSpan(read), read)) > 0)
            {
                read += count;
            }

            return read == bytes.Length ? bytes : bytes[..read];
        }
        catch (IOException ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, SourceLocation.FileStart(file.DisplayPath), "cannot read file: " + ex.Message));
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, SourceLocation.FileStart(file.DisplayPath), "cannot read file: " + ex.Message));
            return null;
        }
    }

    /// <summary>Decodes and parses one file's bytes; the boxed result's type says what it was.</summary>
    public object? Parse(InputFile file, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (TextDecoder.Decode(file.DisplayPath, bytes, diagnostics) is not { } text)
        {
            return null;
        }

        return file.Kind switch
        {
            InputFileKind.Settings => SettingsReader.Read(text, diagnostics),
            InputFileKind.Entry => EntryReader.Read(text, file.Id!, diagnostics) is { } entry ? CheckYear(entry, file, diagnostics) : null,
            InputFileKind.Source => SourceReader.Read(text, file.Id!, diagnostics) is { } source ? CheckSeed(source, diagnostics) : null,
            InputFileKind.Registry => RegistryReader.Read(text, file.Registry, diagnostics),
            InputFileKind.Page => PageReader.Read(text, file.Id!, diagnostics),
            _ => null,
        };
    }

    private static Entry? CheckYear(Entry entry, InputFile file, DiagnosticBag diagnostics)
    {
        var year = entry.Date.StartYear.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        if (string.Equals(year, file.YearFolder, StringComparison.Ordinal))
        {
            return entry;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongYearFolder, entry.Location,
            $"entry is dated {entry.Date.Text} but filed under entries/{file.YearFolder}/",
            $"move it to entries/{year}/{entry.Id}.yml"));
        return null;
    }

    private Source? CheckSeed(Source source, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(RepositoryRoot, source.Seed));
        if (File.Exists(full) && RepositoryPaths.IsFreeOfLinks(RepositoryRoot, source.Seed))
        {
            return source;
        }

        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingSeed, source.Location,
            $"seed '{source.Seed}' not found (or is a link)", "name the article's text file relative to the repository root, like seeds/000_article.txt"));
        return null;
    }

    private string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(_displayRoot, fullPath);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
        return shown.Replace('\\', '/');
    }
}
