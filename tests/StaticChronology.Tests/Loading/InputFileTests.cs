using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

/// <summary>Which files the loader reads: names, places, links, and that one bad file does not hide another.</summary>
public class InputFileTests
{
    private const string E = TestInput.EntryPath;

    [Theory]
    [InlineData("a..b.yml", "for example 'a-b.yml'")]
    [InlineData("x..yml", "for example 'x.yml'")]
    [InlineData("my entry.yml", "for example 'my-entry.yml'")]
    [InlineData("Geneva-Meeting.yml", "for example 'geneva-meeting.yml'")]
    [InlineData("con.yml", "ids use lower-case letters")]
    [InlineData("lpt1.yml", "ids use lower-case letters")]
    [InlineData("x.yml.", "must end in '.yml'")]
    [InlineData("x.yml..", "must end in '.yml'")]
    [InlineData("x.yaml", "must end in '.yml'")]
    [InlineData("x-.yml", "ids use lower-case letters")]
    public void A_bad_entry_file_name_is_reported_at_the_file(string name, string hint)
    {
        using var input = new TestInput();
        input.Write("input/entries/2022/" + name, TestInput.Entry);

        Expect.Only(input.Load().Diagnostics, $"input/entries/2022/{name}:1:1: error CHR104:", $"file name '{name}' is not allowed", hint);
    }

    [Fact]
    public void A_bad_source_file_name_is_reported_at_the_file()
    {
        using var input = new TestInput();
        input.Write("input/sources/Geneva Talks.yml", TestInput.Source);

        Expect.Only(input.Load().Diagnostics, "input/sources/Geneva Talks.yml:1:1: error CHR104:", "for example 'geneva-talks.yml'");
    }

    [Fact]
    public void An_entry_outside_a_year_folder_is_reported()
    {
        using var input = new TestInput();
        input.Write("input/entries/22/x.yml", TestInput.Entry);

        Expect.Only(input.Load().Diagnostics, "input/entries/22/x.yml:1:1: error CHR104:", "'22' is not a year folder");
    }

    [Fact]
    public void A_data_file_in_an_unknown_place_is_an_error_and_any_other_file_a_warning()
    {
        using var input = new TestInput();
        input.Write("input/entries/2022-01-21-loose.yml", TestInput.Entry);
        input.Write("input/notes.txt", "notes");

        var diagnostics = input.Load().Diagnostics;

        Expect.Has(diagnostics, "input/entries/2022-01-21-loose.yml:1:1: error CHR106:", "not in a place the build reads");
        Expect.Has(diagnostics, "input/notes.txt:1:1: warning CHR106:");
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public void A_linked_file_is_reported_and_never_read()
    {
        // The target would be CHR200 if it were parsed.
        using var input = new TestInput();
        var target = Path.Combine(input.Outside, "broken.yml");
        File.WriteAllText(target, "title: \"unclosed\n");
        input.Link("input/entries/2022/2022-01-22-linked.yml", target);

        var result = input.Load();

        Expect.Only(result.Diagnostics, "input/entries/2022/2022-01-22-linked.yml:1:1: error CHR103:", "symbolic links are not read", "replace the link with the file itself");
        Assert.Single(result.Input!.Entries);
    }

    [Fact]
    public void A_linked_folder_is_reported_and_never_entered()
    {
        using var input = new TestInput();
        File.WriteAllText(Path.Combine(input.Outside, "2021-01-01-x.yml"), "title: \"unclosed\n");
        input.Link("input/entries/2021", input.Outside);

        Expect.Only(input.Load().Diagnostics, "input/entries/2021:1:1: error CHR103:", "symbolic links are not read");
    }

    [Fact]
    public void A_linked_registry_file_is_reported_and_never_read()
    {
        using var input = new TestInput();
        var target = Path.Combine(input.Outside, "people.yml");
        File.WriteAllText(target, "- id: [\n");
        input.Delete(TestInput.PeoplePath).Link(TestInput.PeoplePath, target);

        Expect.Only(input.Load().Diagnostics, $"{TestInput.PeoplePath}:1:1: error CHR103:");
    }

    [Fact]
    public void A_linked_seed_is_refused()
    {
        using var input = new TestInput();
        var target = Path.Combine(input.Outside, "geneva.txt");
        File.WriteAllText(target, TestInput.Seed);
        input.Delete(TestInput.SeedPath).Link(TestInput.SeedPath, target);

        Expect.Only(input.Load().Diagnostics, $"{TestInput.SourcePath}:1:1: error CHR403:", "not found (or is a link)");
    }

    [Fact]
    public void A_seed_inside_a_linked_folder_is_refused()
    {
        // Checking only the seed file itself would let 'seeds/x -> /' reach any file on the machine.
        using var input = new TestInput();
        File.WriteAllText(Path.Combine(input.Outside, "geneva.txt"), TestInput.Seed);
        input.Link("seeds/elsewhere", input.Outside);
        input.Write(TestInput.SourcePath, TestInput.Edit(TestInput.Source, "seed: seeds/geneva.txt", "seed: seeds/elsewhere/geneva.txt"));

        Expect.Only(input.Assemble().Diagnostics, $"{TestInput.SourcePath}:1:1: error CHR403:", "seed 'seeds/elsewhere/geneva.txt' not found (or is a link)");
    }

    [Fact]
    public void Hidden_files_are_not_read_and_a_hidden_entry_gets_a_warning()
    {
        using var input = new TestInput();
        input.Write("input/entries/2022/.2022-01-21-draft.yml", "title: \"unclosed\n");
        input.Write("input/.DS_Store", "\0\0");

        Expect.Only(input.Load().Diagnostics, "input/entries/2022/.2022-01-21-draft.yml:1:1: warning CHR106:", "hidden file is not read");
    }

    [Fact]
    public void Every_broken_file_is_reported_in_the_same_run()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: ["));
        input.Write(TestInput.PeoplePath, TestInput.Edit(TestInput.People, "  name: Sergey Lavrov", "  id: sergey-lavrov"));
        input.Write(TestInput.SourcePath, TestInput.Edit(TestInput.Source, "published_basis: stated", "published_basis: sated"));
        input.Write("input/entries/2022/2022-01-22-other.yml", "date: 2022-01-22\ntitel: Other\nsources: [geneva-talks]\n");

        var diagnostics = input.Load().Diagnostics;

        Assert.Equal(
        [
            "input/entries/2022/2022-01-21-geneva-meeting.yml:1:7: error CHR200:",
            "input/entries/2022/2022-01-22-other.yml:1:1: error CHR203:",
            "input/entries/2022/2022-01-22-other.yml:2:1: error CHR202:",
            "input/people.yml:5:3: error CHR201:",
            "input/sources/geneva-talks.yml:4:18: error CHR302:",
        ], diagnostics.Select(d => d[..(d.IndexOf(": error ", StringComparison.Ordinal) + 15)]));
    }

    [Fact]
    public void Every_broken_file_is_reported_even_when_settings_are_broken()
    {
        using var input = new TestInput();
        input.Write(TestInput.ChronologyPath, "title: [\n");
        input.Write(E, TestInput.Edit(TestInput.Entry, "status: occurred", "status: ocurred"));

        var result = input.Load();

        Assert.Null(result.Input);
        Expect.Has(result.Diagnostics, $"{TestInput.ChronologyPath}:2:1: error CHR200:");
        Expect.Has(result.Diagnostics, $"{E}:3:9: error CHR302:");
        Assert.Equal(2, result.Diagnostics.Length);
    }

    [Fact]
    public void A_missing_settings_file_is_reported_where_it_belongs()
    {
        using var input = new TestInput();
        input.Delete(TestInput.ChronologyPath);

        Expect.Only(input.Load().Diagnostics, $"{TestInput.ChronologyPath}:1:1: error CHR203:", "chronology.yml not found");
    }
}
