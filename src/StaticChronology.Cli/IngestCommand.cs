using System.Globalization;
using StaticChronology.Ingest;
using StaticChronology.Ingest.Output;

namespace StaticChronology.Cli;

/// <summary><c>chrono ingest [PATHS...]</c>: turn articles into source and entry files, then say what changed and what to review.</summary>
public static class IngestCommand
{
    public const string DefaultSeeds = "seeds";

    public static int Run(CommandOptions options, TextWriter stdout, TextWriter stderr)
    {
        var inputRoot = Path.GetFullPath(options.Input);
        var repositoryRoot = Path.GetDirectoryName(inputRoot) ?? inputRoot;
        var paths = options.Arguments.Count == 0 ? [Path.Combine(repositoryRoot, DefaultSeeds)] : options.Arguments.Select(Path.GetFullPath).ToList();
        var result = ArticleIngest.Run(new IngestOptions(inputRoot, repositoryRoot, paths));
        Report(result, stdout, stderr);
        return result.Succeeded ? 0 : 1;
    }

    public static void Report(IngestResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var counts = Enum.GetValues<FileAction>()
            .Select(a => (Action: a, Count: result.Files.Count(f => f.Action == a)))
            .Where(x => x.Count > 0)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Count} {(x.Action == FileAction.LeftAlone ? "left alone" : x.Action.ToString().ToLowerInvariant())}"));
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ingested {result.Sources.Length} articles: {result.Entries.Length} entries proposed, {result.Covered} events already in hand-written entries"));
        stdout.WriteLine("  files:    " + (result.Files.Count == 0 ? "none" : string.Join(", ", counts)));
        foreach (var file in result.Files.Where(f => f.Action is FileAction.Created or FileAction.Updated or FileAction.Removed or FileAction.LeftAlone))
        {
            var what = file.Action == FileAction.LeftAlone ? "left alone (edited by hand)" : file.Action.ToString().ToLowerInvariant();
            stdout.WriteLine($"    {what}: {file.RelativePath}");
        }

        foreach (var line in result.Review)
        {
            stdout.WriteLine("  review:   " + line);
        }

        foreach (var proposal in result.Proposals)
        {
            stdout.WriteLine($"  new name: {proposal.Name} ({proposal.Role}): add '- id: {proposal.Id}' to people.yml if it is a person to list");
        }
    }
}
