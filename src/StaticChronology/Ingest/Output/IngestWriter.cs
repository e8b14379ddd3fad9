using System.Text;
using StaticChronology.Ingest.Writing;

namespace StaticChronology.Ingest.Output;

/// <summary>
/// Writes the ingest's files into the input folder without ever losing a person's work: a file is
/// replaced only while it still carries an intact marker (<see cref="GeneratedFile"/>), and a file the
/// ingest made earlier and no longer produces is removed only under the same condition.
/// </summary>
/// <remarks>
/// Writing is idempotent: the same plan gives the same bytes, so a second run reports every file
/// unchanged and touches nothing on disk.
/// </remarks>
public static class IngestWriter
{
    /// <summary>The folders under the input root whose generated files this writer owns.</summary>
    private static readonly string[] OwnedFolders = ["sources", "entries"];

    public static IReadOnlyList<FileOutcome> Write(string inputRoot, IReadOnlyList<PlannedFile> plan, IReadOnlySet<string> articlesInRun, bool dryRun = false)
    {
        var outcomes = new List<FileOutcome>();
        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in plan.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            planned.Add(file.RelativePath);
            var text = GeneratedFile.Compose(string.Join(", ", file.Origins), file.Body);
            var path = Path.Combine(inputRoot, file.RelativePath);
            var action = Decide(path, text);
            if (!dryRun && action is FileAction.Created or FileAction.Updated)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                WriteAtomically(path, text);
            }

            outcomes.Add(new FileOutcome(file.RelativePath, action));
        }

        foreach (var stale in StaleFiles(inputRoot, planned, articlesInRun))
        {
            if (!dryRun)
            {
                File.Delete(Path.Combine(inputRoot, stale));
            }

            outcomes.Add(new FileOutcome(stale, FileAction.Removed));
        }

        return outcomes;
    }

    private static FileAction Decide(string path, string text)
    {
        if (!File.Exists(path))
        {
            return FileAction.Created;
        }

        var existing = File.ReadAllText(path, Encoding.UTF8);
        if (string.Equals(existing, text, StringComparison.Ordinal))
        {
            return FileAction.Unchanged;
        }

        return GeneratedFile.IsUnedited(existing) ? FileAction.Updated : FileAction.LeftAlone;
    }

    /// <summary>Unedited generated files that came only from articles of this run and are no longer planned.</summary>
    private static IEnumerable<string> StaleFiles(string inputRoot, HashSet<string> planned, IReadOnlySet<string> articlesInRun)
    {
        foreach (var folder in OwnedFolders)
        {
            var root = Path.Combine(inputRoot, folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var path in Directory.EnumerateFiles(root, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(inputRoot, path).Replace('\\', '/');
                if (planned.Contains(relative) || new FileInfo(path).LinkTarget is not null)
                {
                    continue;
                }

                var text = File.ReadAllText(path, Encoding.UTF8);
                if (GeneratedFile.IsUnedited(text) && GeneratedFile.Origins(text).All(articlesInRun.Contains))
                {
                    yield return relative;
                }
            }
        }
    }

    /// <summary>A reader never sees half a file: the text goes to a temporary name first and is renamed over the target.</summary>
    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".ingest-tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, path, overwrite: true);
    }
}
