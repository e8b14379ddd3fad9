using StaticChronology.Diagnostics;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void An_error_prints_as_path_line_col_severity_code_message_and_hint()
    {
        var diagnostic = Diagnostic.Error("CHR202", new SourceLocation("input/entries/2022/x.yml", 3, 1), "unknown key 'titel' in entry", "did you mean 'title'?");

        Assert.Equal("input/entries/2022/x.yml:3:1: error CHR202: unknown key 'titel' in entry (did you mean 'title'?)", diagnostic.ToString());
    }

    [Fact]
    public void A_diagnostic_without_a_hint_has_no_parentheses_and_a_warning_says_so()
    {
        var diagnostic = Diagnostic.Warning("CHR106", SourceLocation.FileStart("input/notes.txt"), "file is ignored");

        Assert.Equal("input/notes.txt:1:1: warning CHR106: file is ignored", diagnostic.ToString());
    }

    [Fact]
    public void Positions_from_the_loader_are_one_based()
    {
        // The first character of the file is line 1, column 1, not 0:0.
        using var input = new TestInput();
        input.Write(TestInput.EntryPath, "- not a mapping\n");

        Expect.Only(input.Load().Diagnostics, $"{TestInput.EntryPath}:1:1: error CHR209:");
    }

    [Fact]
    public void Sorting_is_a_total_order_that_does_not_depend_on_the_order_of_adding()
    {
        Diagnostic[] expected =
        [
            Diagnostic.Error("CHR200", new SourceLocation("input/a.yml", 2, 9), "m"),
            Diagnostic.Error("CHR200", new SourceLocation("input/a.yml", 10, 1), "m"),
            Diagnostic.Error("CHR200", new SourceLocation("input/a.yml", 10, 2), "m"),
            Diagnostic.Error("CHR201", new SourceLocation("input/a.yml", 10, 2), "m"),
            Diagnostic.Warning("CHR201", new SourceLocation("input/a.yml", 10, 2), "n", "hint a"),
            Diagnostic.Error("CHR201", new SourceLocation("input/a.yml", 10, 2), "n"),
            Diagnostic.Error("CHR201", new SourceLocation("input/a.yml", 10, 2), "n", "hint a"),
            Diagnostic.Error("CHR201", new SourceLocation("input/a.yml", 10, 2), "n", "hint b"),
            Diagnostic.Error("CHR200", new SourceLocation("input/b.yml", 1, 1), "m"),
            Diagnostic.Error("CHR200", new SourceLocation("input/entries/2022/a.yml", 1, 1), "m"),
            Diagnostic.Error("CHR200", new SourceLocation("input/people.yml", 1, 1), "m"),
        ];
        var random = new Random(20220121);

        for (var round = 0; round < 100; round++)
        {
            var bag = new DiagnosticBag();
            bag.AddRange(expected.OrderBy(_ => random.Next()));

            Assert.Equal(expected, bag.ToSortedArray());
        }
    }

    [Fact]
    public void A_bag_has_errors_only_when_an_error_was_added()
    {
        var bag = new DiagnosticBag();
        bag.Add(Diagnostic.Warning("CHR106", SourceLocation.FileStart("input/x.txt"), "ignored"));
        Assert.False(bag.HasErrors);

        bag.Add(Diagnostic.Error("CHR200", SourceLocation.FileStart("input/x.yml"), "broken"));
        Assert.True(bag.HasErrors);
    }
}
