using StaticChronology.Ingest.Articles;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>The repository's seed articles and the fictional samples, read once.</summary>
public static class ArticleFiles
{
    public static string Samples => Path.Combine(Repository.Root, "tests", "StaticChronology.Tests", "Ingest", "Articles", "Samples");

    /// <summary>Paths relative to the repository root, forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> Seeds { get; } = Relative(Path.Combine(Repository.Root, "seeds"));

    public static IReadOnlyList<string> SampleArticles { get; } = Relative(Samples);

    public static IReadOnlyList<string> All { get; } = [.. Seeds, .. SampleArticles];

    public static TheoryData<string> AllData() => [.. All];

    public static string Text(string relative) => File.ReadAllText(Path.Combine(Repository.Root, relative));

    public static Article Read(string relative) => ArticleReader.Read(relative, Text(relative));

    private static string[] Relative(string folder) =>
        [.. Directory.GetFiles(folder, "*.txt")
            .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
