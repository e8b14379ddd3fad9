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
public static class SiteWriter
{
    public static int Write(string outputRoot, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        var output = Path.GetFullPath(outputRoot);
        var parent = Path.GetDirectoryName(output) ?? throw new ArgumentException("output folder has no parent", nameof(outputRoot));
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, "." + name + ".staging");
        var previous = Path.Combine(parent, "." + name + ".previous");

        // A build killed between the two moves at the end left no output folder and the last good site
        // in 'previous': put it back before anything else, so it is never deleted as a leftover.
        Recover(outputRoot);
        DeleteIfExists(staging);
        DeleteIfExists(previous);
        Directory.CreateDirectory(staging);
        var stagingPrefix = staging + Path.DirectorySeparatorChar;
        foreach (var file in files)
        {
            var target = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!target.StartsWith(stagingPrefix, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathEscapesRoot, file.Origin ?? SourceLocation.FileStart(file.Path),
                    $"output path '{file.Path}' would be written outside the output folder"));
                continue;
            }
        }

        if (diagnostics.HasErrors)
        {
            DeleteIfExists(staging);
            return 0;
        }

        // A file whose bytes are those of the previous site is linked, not written again (see UnchangedFiles).
        var keep = Directory.Exists(output);
        Parallel.ForEach(files, file =>
        {
            var target = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!keep || !UnchangedFiles.TryKeep(Path.Combine(output, file.Path), target, file.Content))
            {
                File.WriteAllBytes(target, file.Content);
            }
        });

        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return files.Count;
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
