using StaticChronology.Ingest;

namespace StaticChronology.Cli;

/// <summary>Before a build: ingest the collection when an article in <c>seeds/</c> has no source file yet, so a new article appears with one command.</summary>
/// <remarks>
/// The whole collection is ingested, not just the new article, so its events merge with reports already
/// there; files a person wrote or edited are left alone, and unchanged files are not rewritten.
/// </remarks>
public static class NewArticles
{
    /// <returns>Null when there was nothing to ingest, otherwise whether the ingest succeeded.</returns>
    public static bool? Ingest(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        var inputRoot = Path.GetFullPath(options.Input);
        var repositoryRoot = Path.GetDirectoryName(inputRoot) ?? inputRoot;
        var seeds = Path.Combine(repositoryRoot, IngestCommand.DefaultSeeds);
        if (!Directory.Exists(seeds))
        {
            return null;
        }

        var known = ExistingInput.SeedsWithSources(inputRoot, repositoryRoot);
        var fresh = Directory.EnumerateFiles(seeds, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(repositoryRoot, f).Replace('\\', '/'))
            .Where(seed => !known.Contains(seed))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        stdout.WriteLine($"New articles without a source file: {string.Join(", ", fresh)}; ingesting {IngestCommand.DefaultSeeds}/ first.");
        var result = ArticleIngest.Run(new IngestOptions(inputRoot, repositoryRoot, [seeds]));
        IngestCommand.Report(result, stdout, stderr);
        return result.Succeeded;
    }
}
