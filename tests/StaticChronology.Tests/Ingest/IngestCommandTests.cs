using StaticChronology.Cli;
using StaticChronology.Ingest;
using StaticChronology.Ingest.Output;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest;

/// <summary><c>chrono ingest</c> and the ingest that <c>chrono build</c> runs, on a copy of the repository's seeds and registries.</summary>
public sealed class IngestCommandTests
{
    [Fact]
    public void A_second_run_changes_nothing_and_the_output_loads_without_errors()
    {
        using var repository = new TempFolder();
        var first = IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));
        var snapshot = Snapshot(repository.Combine("input"));

        var second = ArticleIngest.Run(new IngestOptions(repository.Combine("input"), repository.Path, [repository.Combine("seeds")]));

        Assert.True(first.Succeeded);
        Assert.Contains(first.Files, f => f.Action == FileAction.Created);
        Assert.All(second.Files, f => Assert.Equal(FileAction.Unchanged, f.Action));
        Assert.Equal(snapshot, Snapshot(repository.Combine("input")));

        using var site = new TempFolder();
        var build = new StaticChronology.Pipeline.BuildPipeline(new StaticChronology.Pipeline.BuildOptions(
            repository.Combine("input"), Repository.Theme, site.Combine("out"), repository.Path, WriteOutput: false)).Run();
        Assert.True(build.Diagnostics.All(d => !d.IsError), string.Join("\n", build.Diagnostics));
        Assert.Equal(first.Entries.Length, build.EntryCount);
    }

    [Fact]
    public void An_entry_a_person_edited_survives_a_new_run_and_is_reported()
    {
        using var repository = new TempFolder();
        var first = IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));
        var entry = first.Files.First(f => f.RelativePath.StartsWith("entries/2022/2022-01-21-", StringComparison.Ordinal)).RelativePath;
        var path = Path.Combine(repository.Combine("input"), entry);
        var edited = File.ReadAllText(path).Replace("title: ", "title: Edited: ", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var second = ArticleIngest.Run(new IngestOptions(repository.Combine("input"), repository.Path, [repository.Combine("seeds")]));

        Assert.Equal(edited, File.ReadAllText(path));
        Assert.Contains(new FileOutcome(entry, FileAction.LeftAlone), second.Files);
        Assert.All(second.Files.Where(f => f.RelativePath != entry), f => Assert.Equal(FileAction.Unchanged, f.Action));
    }

    [Fact]
    public void An_event_told_by_an_entry_written_by_hand_is_not_proposed_again()
    {
        using var repository = new TempFolder();
        var first = IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));
        var geneva = first.Entries.Single(e => e.Date.Text == "2022-01-21" && e.Places.Any(p => p.Id == "geneva"));
        var source = geneva.Sources[0].Source.Id;
        File.WriteAllText(repository.Combine("input/entries/2022/2022-01-21-geneva.yml"),
            $"date: 2022-01-21\ntitle: Geneva, by hand\nsummary: Written by an editor.\npeople: [antony-blinken]\nsources:\n  - source: {source}\n");

        var second = ArticleIngest.Run(new IngestOptions(repository.Combine("input"), repository.Path, [repository.Combine("seeds")]));

        Assert.Equal(1, second.Covered);
        Assert.Contains(new FileOutcome($"entries/2022/{geneva.Id}.yml", FileAction.Removed), second.Files);
        Assert.True(File.Exists(repository.Combine("input/entries/2022/2022-01-21-geneva.yml")));
        Assert.All(second.Files.Where(f => f.RelativePath != $"entries/2022/{geneva.Id}.yml" && !f.RelativePath.Contains("2022-01-2", StringComparison.Ordinal)),
            f => Assert.Equal(FileAction.Unchanged, f.Action));
    }

    [Fact]
    public void The_Geneva_meeting_of_21_January_2022_is_one_entry_citing_three_sources()
    {
        using var repository = new TempFolder();
        var result = IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));

        var geneva = Assert.Single(result.Entries, e => e.Date.Text == "2022-01-21" && e.Places.Any(p => p.Id == "geneva"));
        Assert.Equal(3, geneva.Sources.Select(c => c.Source.Id).Distinct().Count());
        Assert.Contains(geneva.People, p => p.Id == "antony-blinken");
        Assert.Contains(geneva.People, p => p.Id == "sergey-lavrov");
    }

    [Fact]
    public void Entries_are_never_merged_across_days()
    {
        using var repository = new TempFolder();
        var result = IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));
        var publication = result.Sources.ToDictionary(s => s.Id, s => s.Published.Text);

        Assert.All(result.Entries, e => Assert.All(e.Sources, c => Assert.False(string.IsNullOrEmpty(c.Quote))));
        Assert.Equal(result.Entries.Length, result.Entries.Select(e => e.Id).Distinct().Count());
        Assert.All(result.Sources, s => Assert.True(s.Published.Text.Length >= 10, s.Published.Text));
        Assert.NotEmpty(publication);
    }

    [Fact]
    public async Task Build_ingests_a_new_article_dropped_into_seeds_before_building()
    {
        using var repository = new TempFolder();
        IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));
        var sample = Path.Combine(Repository.Root, "tests", "StaticChronology.Tests", "Ingest", "Articles", "Samples", "05_guardian_style.txt");
        File.Copy(sample, repository.Combine("seeds/005_new.txt"));

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(
            ["build", "--input", repository.Combine("input"), "--theme", Repository.Theme, "--output", repository.Combine("output")], stdout, stderr);

        Assert.True(code == 0, stdout + "\n" + stderr);
        Assert.Contains("New articles without a source file: seeds/005_new.txt", stdout.ToString(), StringComparison.Ordinal);
        var source = Directory.GetFiles(repository.Combine("input/sources"), "*.yml").Select(File.ReadAllText).Single(t => t.Contains("seed: seeds/005_new.txt", StringComparison.Ordinal));
        Assert.Contains("published: 2031-02-11", source, StringComparison.Ordinal);
        Assert.True(Directory.Exists(repository.Combine("output/entries")));
    }

    [Fact]
    public void A_titled_name_the_registry_lacks_is_proposed_as_a_new_person()
    {
        using var repository = new TempFolder();
        IngestQualityTests.IngestInto(repository, Path.Combine(Repository.Root, "seeds"));
        var people = repository.Combine("input/people.yml");
        var text = File.ReadAllText(people);
        var start = text.IndexOf("- id: oleksii-reznikov", StringComparison.Ordinal);
        var end = text.IndexOf("\n- id:", start + 1, StringComparison.Ordinal);
        File.WriteAllText(people, text[..start] + text[(end + 1)..]);
        Directory.Delete(repository.Combine("input/entries"), recursive: true);

        var result = ArticleIngest.Run(new IngestOptions(repository.Combine("input"), repository.Path, [repository.Combine("seeds")]));

        var proposal = Assert.Single(result.Proposals, p => p.Id == "oleksii-reznikov");
        Assert.Equal("Oleksii Reznikov", proposal.Name);
        Assert.Contains("Defense Minister", proposal.Role, StringComparison.Ordinal);
    }

    private static string Snapshot(string root) =>
        string.Join("\n", Directory.GetFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => f + "\n" + File.ReadAllText(f) + "\n" + File.GetLastWriteTimeUtc(f).Ticks));
}
