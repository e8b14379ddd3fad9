using System.Text.RegularExpressions;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Architecture;

/// <summary>CONTRIBUTING.md's examples are true: its date forms parse, its example entry reads cleanly, its commands and messages exist.</summary>
public sealed partial class ContributingGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repository.Root, "CONTRIBUTING.md"));

    [Fact]
    public void Every_date_form_in_the_table_parses()
    {
        var section = Guide[Guide.IndexOf("## Dates", StringComparison.Ordinal)..Guide.IndexOf("## Citing sources", StringComparison.Ordinal)];
        var examples = DateRow().Matches(section).Select(m => m.Groups[1].Value).ToList();

        Assert.True(examples.Count >= 9, "the table shows the date forms");
        Assert.All(examples, e => Assert.True(EdtfParser.TryParse(e, out _, out var error), $"{e}: {error?.Message}"));
    }

    [Fact]
    public void The_complete_example_entry_reads_without_a_problem()
    {
        var start = Guide.IndexOf("### A complete example", StringComparison.Ordinal);
        var yaml = YamlBlock().Match(Guide, start).Groups[1].Value;
        var bag = new DiagnosticBag();

        var entry = EntryReader.Read(new SourceText("input/entries/2022/2022-01-21-blinken-lavrov-meet-in-geneva.yml", yaml), "2022-01-21-blinken-lavrov-meet-in-geneva", bag);

        Assert.Empty(bag.ToSortedArray());
        Assert.NotNull(entry);
    }

    [Fact]
    public void The_guide_covers_new_check_preview_and_the_editorial_rules()
    {
        Assert.Contains("-- new --date 2022-01-21 --title", Guide, StringComparison.Ordinal);
        Assert.Contains("-- check", Guide, StringComparison.Ordinal);
        Assert.Contains("### Previewing", Guide, StringComparison.Ordinal);
        Assert.Contains("An entry's date is when the event happened, not when it was reported.", Guide, StringComparison.Ordinal);
        Assert.Contains("Attribute contested claims.", Guide, StringComparison.Ordinal);
        Assert.Contains("Note discrepancies; do not pick silently.", Guide, StringComparison.Ordinal);
        Assert.Contains("## Citing sources and quoting verbatim", Guide, StringComparison.Ordinal);
    }

    [Fact]
    public void The_example_messages_are_what_check_prints()
    {
        using var input = new TestInput();
        input.Write("input/entries/2022/2022-01-21-x.yml", TestInput.Entry.Replace("title:", "titel:", StringComparison.Ordinal) + "title: x\n");
        input.Write("input/entries/2022/2022-01-22-y.yml", TestInput.Entry.Replace("[antony-blinken]", "[antony-blinkin]", StringComparison.Ordinal));

        var printed = input.Assemble().Diagnostics;
        var examples = ExampleMessage().Matches(Guide).Select(m => m.Value).ToList();

        Assert.Equal(2, examples.Count);
        foreach (var example in examples)
        {
            // The guide shortens the list of allowed keys with "...": compare up to there, from the severity on.
            var cut = example.IndexOf("...", StringComparison.Ordinal);
            var shape = cut > 0 ? example[..cut] : example;
            var severity = shape.IndexOf(": error", StringComparison.Ordinal);
            var path = shape[..shape.IndexOf(':', StringComparison.Ordinal)];
            Assert.Contains(printed, p => p.StartsWith(path, StringComparison.Ordinal) && p.Contains(shape[severity..], StringComparison.Ordinal));
        }
    }

    [GeneratedRegex(@"(?m)^\| [a-z ]+ \| `([^`]+)` \|")]
    private static partial Regex DateRow();

    [GeneratedRegex(@"```yaml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();

    [GeneratedRegex(@"(?m)^input/entries/2022/2022-01-2[12]-[xy]\.yml:\d+:\d+: error CHR\d+: .*$")]
    private static partial Regex ExampleMessage();
}
