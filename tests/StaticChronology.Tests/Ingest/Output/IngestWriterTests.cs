using StaticChronology.Ingest.Output;
using StaticChronology.Ingest.Writing;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest.Output;

public sealed class IngestWriterTests
{
    private static readonly HashSet<string> Run = new(StringComparer.Ordinal) { "seeds/a.txt" };

    private static PlannedFile Entry(string id, string title, string origin = "seeds/a.txt") =>
        new($"entries/2022/{id}.yml", [origin], $"date: 2022-01-21\ntitle: {title}\n");

    [Fact]
    public void A_second_run_with_the_same_plan_changes_nothing_on_disk()
    {
        using var input = new TempFolder();
        var plan = new[] { Entry("2022-01-21-a", "A"), Entry("2022-01-21-b", "B") };

        var first = IngestWriter.Write(input.Path, plan, Run);
        var stamp = File.GetLastWriteTimeUtc(input.Combine("entries/2022/2022-01-21-a.yml"));
        var bytes = File.ReadAllBytes(input.Combine("entries/2022/2022-01-21-a.yml"));
        var second = IngestWriter.Write(input.Path, plan, Run);

        Assert.All(first, f => Assert.Equal(FileAction.Created, f.Action));
        Assert.All(second, f => Assert.Equal(FileAction.Unchanged, f.Action));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(input.Combine("entries/2022/2022-01-21-a.yml")));
        Assert.Equal(bytes, File.ReadAllBytes(input.Combine("entries/2022/2022-01-21-a.yml")));
    }

    [Fact]
    public void An_unedited_generated_file_is_updated_when_the_ingest_changes_its_mind()
    {
        using var input = new TempFolder();
        IngestWriter.Write(input.Path, [Entry("2022-01-21-a", "Old")], Run);

        var outcome = IngestWriter.Write(input.Path, [Entry("2022-01-21-a", "New")], Run);

        Assert.Equal(FileAction.Updated, Assert.Single(outcome).Action);
        Assert.Contains("title: New", File.ReadAllText(input.Combine("entries/2022/2022-01-21-a.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_a_person_edited_is_left_alone_and_reported()
    {
        using var input = new TempFolder();
        IngestWriter.Write(input.Path, [Entry("2022-01-21-a", "Old")], Run);
        var path = input.Combine("entries/2022/2022-01-21-a.yml");
        var edited = File.ReadAllText(path).Replace("title: Old", "title: Corrected by hand", StringComparison.Ordinal);
        File.WriteAllText(path, edited);

        var outcome = IngestWriter.Write(input.Path, [Entry("2022-01-21-a", "New")], Run);

        Assert.Equal(FileAction.LeftAlone, Assert.Single(outcome).Action);
        Assert.Equal(edited, File.ReadAllText(path));
    }

    [Fact]
    public void Only_unedited_files_from_articles_of_this_run_are_removed_when_no_longer_produced()
    {
        using var input = new TempFolder();
        IngestWriter.Write(input.Path, [Entry("2022-01-21-gone", "Gone"), Entry("2022-01-21-other", "Other", "seeds/b.txt")],
            new HashSet<string>(StringComparer.Ordinal) { "seeds/a.txt", "seeds/b.txt" });
        Directory.CreateDirectory(input.Combine("entries/2021"));
        File.WriteAllText(input.Combine("entries/2021/hand.yml"), "date: 2021\ntitle: Written by hand\n");
        var editedPath = input.Combine("entries/2022/2022-01-21-edited.yml");
        File.WriteAllText(editedPath, GeneratedFile.Compose("seeds/a.txt", "date: 2022-01-21\ntitle: X\n") + "# a note\n");

        var outcome = IngestWriter.Write(input.Path, [], Run);

        Assert.Equal(new FileOutcome("entries/2022/2022-01-21-gone.yml", FileAction.Removed), Assert.Single(outcome));
        Assert.False(File.Exists(input.Combine("entries/2022/2022-01-21-gone.yml")));
        Assert.True(File.Exists(input.Combine("entries/2022/2022-01-21-other.yml")));
        Assert.True(File.Exists(input.Combine("entries/2021/hand.yml")));
        Assert.True(File.Exists(editedPath));
    }

    [Fact]
    public void A_dry_run_reports_without_writing()
    {
        using var input = new TempFolder();

        var outcome = IngestWriter.Write(input.Path, [Entry("2022-01-21-a", "A")], Run, dryRun: true);

        Assert.Equal(FileAction.Created, Assert.Single(outcome).Action);
        Assert.False(Directory.Exists(input.Combine("entries")));
    }

    [Fact]
    public void The_marker_names_every_article_a_file_came_from()
    {
        var text = GeneratedFile.Compose("seeds/a.txt, seeds/b.txt", "title: x\n");

        Assert.Equal(["seeds/a.txt", "seeds/b.txt"], GeneratedFile.Origins(text));
        Assert.Empty(GeneratedFile.Origins("title: written by hand\n"));
    }
}
