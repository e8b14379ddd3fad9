using StaticChronology.Cli;
using StaticChronology.Loading;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Cli;

/// <summary><c>chrono new</c> writes an entry file that is named and filed as the loader expects, shows every key, and points editors at the schema.</summary>
public sealed class NewCommandTests
{
    [Fact]
    public async Task New_writes_a_correctly_named_entry_prints_its_path_and_the_entry_checks_clean()
    {
        using var input = new TestInput();

        var (code, stdout, stderr) = await Run("new", "--input", input.InputRoot, "--date", "2022-01-20", "--title", "Blinken meets Baerbock in Berlin: “transatlantic unity”", "--source", "geneva-talks");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        var path = input.Full("input/entries/2022/2022-01-20-blinken-meets-baerbock-in-berlin-transatlantic-unity.yml");
        Assert.Equal(path, stdout.TrimEnd('\n'));
        Assert.True(File.Exists(path));
        var diagnostics = input.Assemble().Diagnostics;
        Expect.None(diagnostics);
        var entry = Assert.Single(input.Load().Input!.Entries, e => e.Id.StartsWith("2022-01-20-", StringComparison.Ordinal));
        Assert.Equal("Blinken meets Baerbock in Berlin: “transatlantic unity”", entry.Title);
        Assert.Equal("geneva-talks", Assert.Single(entry.Sources).Source.Id);
    }

    [Fact]
    public async Task Every_key_the_loader_accepts_is_shown_with_a_comment_above_it()
    {
        using var input = new TestInput();
        await Run("new", "--input", input.InputRoot, "--date", "2022-01-20", "--title", "A meeting", "--source", "geneva-talks");
        var lines = File.ReadAllLines(input.Full("input/entries/2022/2022-01-20-a-meeting.yml"));

        foreach (var key in EntryReader.Keys.Concat(["source", "quote", "said_by", "kind", "text", "entry", "relation"]))
        {
            var at = Array.FindIndex(lines, l => l.TrimStart('#', ' ', '-').StartsWith(key + ":", StringComparison.Ordinal));
            Assert.True(at > 0, $"key '{key}' is not shown");
        }

        foreach (var key in EntryReader.Keys)
        {
            var at = Array.FindIndex(lines, l => l.TrimStart('#', ' ').StartsWith(key + ":", StringComparison.Ordinal));
            Assert.StartsWith("# ", lines[at - 1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_file_points_editors_at_the_repositorys_entry_schema()
    {
        using var input = new TestInput();
        Directory.CreateDirectory(input.Full("src/StaticChronology/Schema"));
        File.Copy(Path.Combine(Repository.Root, NewCommand.SchemaPath), input.Full(NewCommand.SchemaPath));

        await Run("new", "--input", input.InputRoot, "--date", "2021-12-XX", "--title", "Buildup reported", "--source", "geneva-talks");

        var path = input.Full("input/entries/2021/2021-12-buildup-reported.yml");
        var first = File.ReadLines(path).First();
        Assert.Equal("# yaml-language-server: $schema=../../../src/StaticChronology/Schema/entry.schema.json", first);
        var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, first["# yaml-language-server: $schema=".Length..]));
        Assert.True(File.Exists(schema));
    }

    [Fact]
    public async Task Outside_a_repository_the_file_points_at_the_schema_the_site_publishes()
    {
        using var input = new TestInput();

        await Run("new", "--input", input.InputRoot, "--date", "2022-01-20", "--title", "A meeting", "--source", "geneva-talks");

        Assert.Equal("# yaml-language-server: $schema=https://example.org/schema/entry.schema.json", File.ReadLines(input.Full("input/entries/2022/2022-01-20-a-meeting.yml")).First());
    }

    [Theory]
    [InlineData("2022-01", "2022/2022-01-talks")]
    [InlineData("2022-01-12~", "2022/2022-01-12-talks")]
    [InlineData("2022-01-10/2022-01-13", "2022/2022-01-10-talks")]
    [InlineData("../2022-01-20", "2022/2022-01-20-talks")]
    [InlineData("2014/..", "2014/2014-talks")]
    [InlineData("201X", "2010/2010-talks")]
    public async Task Every_date_form_gets_its_year_folder_and_id(string date, string expected)
    {
        using var input = new TestInput();

        var (code, stdout, _) = await Run("new", "--input", input.InputRoot, "--date", date, "--title", "Talks", "--source", "geneva-talks");

        Assert.Equal(0, code);
        Assert.EndsWith($"input/entries/{expected}.yml", stdout.TrimEnd('\n'), StringComparison.Ordinal);
        Expect.NoCode(input.Load().Diagnostics, "CHR305");
    }

    [Fact]
    public async Task Without_a_source_check_reminds_that_one_is_required()
    {
        using var input = new TestInput();

        var (code, _, _) = await Run("new", "--input", input.InputRoot, "--date", "2022-01-20", "--title", "A meeting");

        Assert.Equal(0, code);
        Expect.Only(input.Load().Diagnostics, "input/entries/2022/2022-01-20-a-meeting.yml:", "error CHR203", "sources");
    }

    [Theory]
    [InlineData("2022-02-30", "is not a valid date", 1)]
    [InlineData("24/01/2022", "accepted: 2022-01-21", 1)]
    public async Task An_invalid_date_is_refused_with_the_accepted_forms(string date, string message, int exit)
    {
        using var input = new TestInput();

        var (code, stdout, stderr) = await Run("new", "--input", input.InputRoot, "--date", date, "--title", "A meeting");

        Assert.Equal(exit, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(input.Full("input/entries/2022/x")));
    }

    [Fact]
    public async Task An_unknown_source_is_refused_with_a_suggestion_and_an_existing_file_is_never_overwritten()
    {
        using var input = new TestInput();

        var (unknown, _, stderr) = await Run("new", "--input", input.InputRoot, "--date", "2022-01-20", "--title", "A meeting", "--source", "geneva-talk");
        Assert.Equal(1, unknown);
        Assert.Contains("unknown source 'geneva-talk'; did you mean 'geneva-talks'?", stderr, StringComparison.Ordinal);

        input.Write("input/entries/2022/2022-01-21-geneva-meeting.yml", "keep me\n");
        var (exists, _, existsError) = await Run("new", "--input", input.InputRoot, "--date", "2022-01-21", "--title", "Geneva meeting");
        Assert.Equal(1, exists);
        Assert.Contains("already exists", existsError, StringComparison.Ordinal);
        Assert.Equal("keep me\n", File.ReadAllText(input.Full("input/entries/2022/2022-01-21-geneva-meeting.yml")));
    }

    [Theory]
    [InlineData("--date", "2022-01-20")]
    [InlineData("--title", "x", "--date")]
    [InlineData("--date", "2022-01-20", "--title", "x", "--colour", "red")]
    public async Task Missing_or_unknown_options_are_usage_errors(params string[] args)
    {
        var (code, _, stderr) = await Run(["new", .. args]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: chrono new", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
