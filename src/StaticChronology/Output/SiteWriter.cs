using System.Collections.Concurrent;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Writes the site into a staging folder beside the output folder and swaps it in only when every file is written.</summary>
/// <remarks>
/// A build that fails or is killed mid-write leaves the previous site untouched: the staging folder
/// is the only thing half-written, and the next build removes it. The swap is two renames; a build
/// killed between them leaves the previous site under its 'previous' name, and the next build, or
/// <see cref="Recover"/>, moves it back. Every write goes through a path checked to stay inside the
/// staging folder.
/// </remarks>
public sealed class SiteWriter : IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly string _stagingPrefix;
    private readonly bool _keep;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private int _written;
    private bool _committed;

    private SiteWriter(string outputRoot)
    {
        _output = Path.GetFullPath(outputRoot);
        var parent = Path.GetDirectoryName(_output) ?? throw new ArgumentException("output folder has no parent", nameof(outputRoot));
        var name = Path.GetFileName(_output);
        _staging = Path.Combine(parent, "." + name + ".staging");
        _previous = Path.Combine(parent, "." + name + ".previous");
        _stagingPrefix = _staging + Path.DirectorySeparatorChar;

        // A build killed between the two moves at the end left no output folder and the last good site
        // in 'previous': put it back before anything else, so it is never deleted as a leftover.
        Recover(outputRoot);
        DeleteIfExists(_staging);
        DeleteIfExists(_previous);
        Directory.CreateDirectory(_staging);
        _keep = Directory.Exists(_output);
    }

    /// <summary>Starts a site: files added to it go to the staging folder as they come, and reach the output folder only at <see cref="Commit"/>.</summary>
    /// <remarks>Disposed without a commit, it removes the staging folder and leaves the previous site as it was.</remarks>
    public static SiteWriter Begin(string outputRoot) => new(outputRoot);

    /// <summary>Writes a whole site held in memory: nothing is written if any path would leave the output folder.</summary>
    public static int Write(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var site = Begin(outputRoot);
        var errors = diagnostics.ErrorCount;
        Parallel.ForEach(files, file => site.Add(file, diagnostics));
        return diagnostics.ErrorCount == errors ? site.Commit() : 0;
    }

    /// <summary>Writes one file into the staging folder; safe to call from several threads.</summary>
    /// <remarks>
    /// A file whose bytes are those of the previous site is linked, not written again (see UnchangedFiles).
    /// A path that would leave the output folder, or a file that cannot be written, is an error, and a
    /// build with errors does not commit.
    /// </remarks>
    public void Add(OutputFile file, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(Path.Combine(_staging, file.Path));
        if (!target.StartsWith(_stagingPrefix, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathEscapesRoot, file.Origin ?? SourceLocation.FileStart(file.Path),
                $"output path '{file.Path}' would be written outside the output folder"));
            return;
        }

        try
        {
            var folder = Path.GetDirectoryName(target)!;
            if (!_folders.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _folders.TryAdd(folder, true);
            }

            if (!_keep || !UnchangedFiles.TryKeep(Path.Combine(_output, file.Path), target, file.Content))
            {
                File.WriteAllBytes(target, file.Content);
            }

            Interlocked.Increment(ref _written);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Two files at one path are the collision checker's to report; this says what the disk said.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputError, file.Origin ?? SourceLocation.FileStart(file.Path),
                $"output file '{file.Path}' could not be written: {ex.Message}"));
        }
    }

    /// <summary>Swaps the staged site in for the previous one; returns the number of files written or linked.</summary>
    public int Commit()
    {
        if (Directory.Exists(_output))
        {
            Directory.Move(_output, _previous);
        }

        Directory.Move(_staging, _output);
        _committed = true;
        DeleteIfExists(_previous);
        return _written;
    }

    /// <summary>Without a commit, removes the staging folder: the previous site stays as it was.</summary>
    public void Dispose()
    {
        if (!_committed)
        {
            DeleteIfExists(_staging);
            Recover(_output);
        }
    }

    /// <summary>Puts the last good site back when a killed build left it under its 'previous' name; a failed build calls this too.</summary>
    public static void Recover(string outputRoot)
    {
        var output = Path.GetFullPath(outputRoot);
        var previous = Path.Combine(Path.GetDirectoryName(output) ?? ".", "." + Path.GetFileName(output) + ".previous");
        if (!Directory.Exists(output) && Directory.Exists(previous))
        {
            Directory.Move(previous, output);
        }
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
