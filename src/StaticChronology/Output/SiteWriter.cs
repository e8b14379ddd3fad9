using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Writes the site into a staging folder beside the output folder and swaps it in only when every file is written.</summary>
/// <remarks>
/// A build that fails or is killed mid-write leaves the previous site untouched: the staging folder
/// is the only thing half-written, and the next build removes it. Every write goes through a path
/// checked to stay inside the staging folder.
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

        Parallel.ForEach(files, file =>
        {
            var target = Path.Combine(staging, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        });

        if (Directory.Exists(output))
        {
            Directory.Move(output, previous);
        }

        Directory.Move(staging, output);
        DeleteIfExists(previous);
        return files.Count;
    }

    private static void DeleteIfExists(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
