using StaticChronology.Diagnostics;
using StaticChronology.Loading;

namespace StaticChronology.Ingest;

/// <summary>An article file to ingest.</summary>
/// <param name="Seed">Its path relative to the repository root, forward slashes: what source files name in <c>seed:</c>.</param>
public sealed record ArticleFile(string FullPath, string Seed);

/// <summary>Finds the article files named on the command line, in a stable order, refusing what the build would refuse.</summary>
public static class ArticleFiles
{
    public static IReadOnlyList<ArticleFile> Find(IReadOnlyList<string> paths, string repositoryRoot, DiagnosticBag diagnostics)
    {
        var found = new SortedDictionary<string, ArticleFile>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path, repositoryRoot);
            if (Directory.Exists(full))
            {
                foreach (var file in Directory.EnumerateFiles(full, "*.txt", SearchOption.AllDirectories))
                {
                    Add(file, repositoryRoot, found, diagnostics);
                }
            }
            else if (File.Exists(full))
            {
                Add(full, repositoryRoot, found, diagnostics);
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnreadableFile, SourceLocation.FileStart(path), "no such article file or folder"));
            }
        }

        return [.. found.Values];
    }

    public static string? ReadText(ArticleFile file, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(file.FullPath).Length;
        if (!TextDecoder.CheckSize(file.Seed, length, diagnostics))
        {
            return null;
        }

        return TextDecoder.Decode(file.Seed, File.ReadAllBytes(file.FullPath), diagnostics)?.Text;
    }

    private static void Add(string full, string repositoryRoot, SortedDictionary<string, ArticleFile> found, DiagnosticBag diagnostics)
    {
        var seed = Path.GetRelativePath(repositoryRoot, full).Replace('\\', '/');
        if (seed.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(seed))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.PathEscapesRoot, SourceLocation.FileStart(full.Replace('\\', '/')),
                "an article must be inside the repository, so its source file can name it", "copy it into seeds/ first"));
            return;
        }

        if (!RepositoryPaths.IsFreeOfLinks(repositoryRoot, seed))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LinkedFile, SourceLocation.FileStart(seed),
                "an article reached through a symbolic link is not read", "copy the file itself into seeds/"));
            return;
        }

        found[seed] = new ArticleFile(full, seed);
    }
}
