using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Writes the site into a staging folder beside the output folder and swaps it in only when every file is written.</summary>
/// <remarks>
/// <para>
/// A build that fails or is killed mid-write leaves the previous site untouched: the staging folder
/// is the only thing half-written, and the next build removes it. The swap is two renames; a build
/// killed between them leaves the previous site under its 'previous' name, and the next build, or
/// <see cref="Recover"/>, moves it back. Every write goes through a path checked to stay inside the
/// staging folder.
/// </para>
/// <para>
/// Files are written by a thread of the writer's own, in the order they are added, so the threads that
/// render are not held up by the file system: creating a folder or a file costs the processor little but
/// waits on locks in the kernel, and a single writer never contends with itself for them. At most
/// <see cref="Backlog"/> files wait to be written; adding more waits for the writer.
/// </para>
/// </remarks>
public sealed class SiteWriter : IDisposable
{
    /// <summary>How many files may wait to be written before <see cref="Add"/> waits.</summary>
    public const int Backlog = 256;

    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly string _stagingPrefix;
    private readonly bool _keep;
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly Queue<(OutputFile File, DiagnosticBag Diagnostics)> _pending = new();
    private readonly Thread _writer;
    private int _written;
    private bool _complete;
    private int _waitingToAdd;
    private bool _committed;
    private bool _disposed;
    private Exception? _failure;

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
        _folders.Add(_staging);
        _keep = Directory.Exists(_output);
        _writer = new Thread(WriteQueued) { IsBackground = true, Name = "site writer" };
        _writer.Start();
    }

    /// <summary>Starts a site: files added to it go to the staging folder as they come, and reach the output folder only at <see cref="Commit"/>.</summary>
    /// <remarks>Disposed without a commit, it removes the staging folder and leaves the previous site as it was.</remarks>
    public static SiteWriter Begin(string outputRoot) => new(outputRoot);

    /// <summary>Writes a whole site held in memory: nothing is published if any path would leave the output folder.</summary>
    public static int Write(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        using var site = Begin(outputRoot);
        var errors = diagnostics.ErrorCount;
        foreach (var file in files)
        {
            site.Add(file, diagnostics);
        }

        site.Flush();
        return diagnostics.ErrorCount == errors ? site.Commit() : 0;
    }

    /// <summary>Queues one file for the staging folder; safe to call from several threads.</summary>
    /// <remarks>
    /// A file whose bytes are those of the previous site is linked, not written again (see UnchangedFiles).
    /// A path that would leave the output folder, or a file that cannot be written, is an error in
    /// <paramref name="diagnostics"/> by the time <see cref="Flush"/> returns, and a build with errors does not commit.
    /// </remarks>
    public void Add(OutputFile file, DiagnosticBag diagnostics)
    {
        // The queue is guarded by a monitor, and a full backlog is waited out asleep: the threads that
        // render would otherwise spin against the writer for the two cores.
        lock (_pending)
        {
            while (_pending.Count >= Backlog && !_complete)
            {
                _waitingToAdd++;
                Monitor.Wait(_pending);
                _waitingToAdd--;
            }

            ObjectDisposedException.ThrowIf(_complete, this);
            _pending.Enqueue((file, diagnostics));
            if (_pending.Count == 1)
            {
                Monitor.PulseAll(_pending);
            }
        }
    }

    /// <summary>Waits until every file added so far is written; nothing can be added after.</summary>
    public void Flush()
    {
        lock (_pending)
        {
            _complete = true;
            Monitor.PulseAll(_pending);
        }

        _writer.Join();
        if (_failure is not null)
        {
            throw new InvalidOperationException("writing the site failed", _failure);
        }
    }

    /// <summary>Swaps the staged site in for the previous one; returns the number of files written or linked.</summary>
    public int Commit()
    {
        Flush();
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
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        lock (_pending)
        {
            _complete = true;
            Monitor.PulseAll(_pending);
        }

        _writer.Join();
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

    private void WriteQueued()
    {
        while (Next() is var (file, diagnostics))
        {
            if (_failure is not null)
            {
                // Keep taking files so no caller waits on a full backlog; Flush reports the failure.
                continue;
            }

            try
            {
                WriteOne(file, diagnostics);
            }
            catch (Exception ex)
            {
                _failure = ex;
            }
        }
    }

    /// <summary>The next file to write, waiting for one; null once the site is complete and every file is taken.</summary>
    private (OutputFile File, DiagnosticBag Diagnostics)? Next()
    {
        lock (_pending)
        {
            while (_pending.Count == 0 && !_complete)
            {
                Monitor.Wait(_pending);
            }

            if (_pending.Count == 0)
            {
                return null;
            }

            var next = _pending.Dequeue();

            // Wake waiting adders once half the backlog is free, not on every file taken.
            if (_waitingToAdd > 0 && _pending.Count <= Backlog / 2)
            {
                Monitor.PulseAll(_pending);
            }

            return next;
        }
    }

    private void WriteOne(OutputFile file, DiagnosticBag diagnostics)
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
            if (_folders.Add(folder))
            {
                Directory.CreateDirectory(folder);
            }

            if (!_keep || !UnchangedFiles.TryKeep(Path.Combine(_output, file.Path), target, file.Content))
            {
                // A new file in a new folder: created, not truncated; nothing else has it open, so it is not locked.
                using var handle = File.OpenHandle(target, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                RandomAccess.Write(handle, file.Content, fileOffset: 0);
            }

            _written++;
        }
        catch (IOException) when (File.Exists(target))
        {
            // A second file at the same path: the collision checker reports it, naming both inputs, and the build fails.
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputError, file.Origin ?? SourceLocation.FileStart(file.Path),
                $"output file '{file.Path}' could not be written: {ex.Message}"));
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
