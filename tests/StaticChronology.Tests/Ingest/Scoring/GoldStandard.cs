using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;

namespace StaticChronology.Tests.Ingest.Scoring;

/// <summary>Hand-made gold annotations of a set of articles: their publication dates and every dated event.</summary>
public sealed record GoldStandard(ImmutableArray<GoldArticle> Articles, ImmutableArray<GoldEvent> Events)
{
    /// <summary>Reads a gold file with the project's own strict YAML reader.</summary>
    public static GoldStandard Load(string path)
    {
        var bag = new DiagnosticBag();
        var root = StrictYamlReader.Read(new SourceText(path, File.ReadAllText(path)), bag) as YamlMapping
            ?? throw new InvalidDataException(path + ": " + string.Join("; ", bag.ToSortedArray()));
        var articles = Sequence(root, "articles").Select(node => new GoldArticle(Text(node, "seed")!, Text(node, "published")!, Text(node, "basis")!));
        var events = Sequence(root, "events").Select(node => new GoldEvent(
            Text(node, "what")!,
            Text(node, "date")!,
            List(node, "sources"),
            List(node, "actors"),
            List(node, "keywords")));
        return new GoldStandard([.. articles], [.. events]);
    }

    private static IEnumerable<YamlMapping> Sequence(YamlMapping mapping, string key) =>
        mapping.Entries.Single(e => e.Key.Value == key).Value is YamlSequence s ? s.Items.Cast<YamlMapping>() : [];

    private static string? Text(YamlMapping mapping, string key) =>
        mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value is YamlScalar s ? s.Value : null;

    private static ImmutableArray<string> List(YamlMapping mapping, string key) =>
        mapping.Entries.FirstOrDefault(e => e.Key.Value == key).Value is YamlSequence s
            ? [.. s.Items.Cast<YamlScalar>().Select(x => x.Value)]
            : [];
}

/// <summary>An article's publication date as the gold standard has it.</summary>
public sealed record GoldArticle(string Seed, string Published, string Basis);

/// <summary>One event a careful editor would list, with the seeds that report it.</summary>
public sealed record GoldEvent(string What, string Date, ImmutableArray<string> Sources, ImmutableArray<string> Actors, ImmutableArray<string> Keywords);
