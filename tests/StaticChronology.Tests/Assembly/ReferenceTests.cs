using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Assembly;

/// <summary>Checks across files: every id resolves, ids are unique, and every quote is in its article.</summary>
public class ReferenceTests
{
    private const string E = TestInput.EntryPath;

    [Theory]
    [InlineData("[antony-blinken]", "[antony-blinkin]", "4:10", "unknown person 'antony-blinkin'", "did you mean 'antony-blinken'? or add it to people.yml")]
    [InlineData("[antony-blinken]", "[antony-blinken, lavrov]", "4:26", "unknown person 'lavrov'", "did you mean 'sergey-lavrov' (Sergey Lavrov)?")]
    [InlineData("[antony-blinken]", "[antony-blinken, blinken]", "4:26", "unknown person 'blinken'", "did you mean 'antony-blinken'")]
    [InlineData("[geneva]", "[genva]", "5:10", "unknown place 'genva'", "did you mean 'geneva'? or add it to places.yml")]
    [InlineData("[nato]", "[natto]", "6:17", "unknown organisation 'natto'", "did you mean 'nato'? or add it to organizations.yml")]
    [InlineData("source: geneva-talks", "source: geneva-talk", "8:13", "unknown source 'geneva-talk'", "did you mean 'geneva-talks'? or add it to sources/<id>.yml")]
    [InlineData("in Geneva\"", "in Geneva\"\n    said_by: sergey-lavrow", "10:14", "unknown person 'sergey-lavrow'", "did you mean 'sergey-lavrov'?")]
    [InlineData("status: occurred", "related: [2022-01-21-geneva-meetin]", "3:11", "unknown entry '2022-01-21-geneva-meetin'", "did you mean '2022-01-21-geneva-meeting'? or add it to entries/<yyyy>/<id>.yml")]
    [InlineData("status: occurred", "related:\n  - entry: 2022-01-12-geneva-meeting\n    relation: follows", "4:12", "unknown entry '2022-01-12-geneva-meeting'", "did you mean '2022-01-21-geneva-meeting'?")]
    public void An_unknown_reference_is_reported_where_it_is_written_with_a_suggestion(string part, string replacement, string position, string message, string hint)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, part, replacement));

        Expect.Only(input.Assemble().Diagnostics, $"{E}:{position}: error CHR400:", message, hint);
    }

    [Fact]
    public void An_unknown_reference_with_nothing_close_only_says_where_to_add_it()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "[geneva]", "[geneva, vladivostok]"));

        Expect.Only(input.Assemble().Diagnostics, $"{E}:5:18: error CHR400:", "unknown place 'vladivostok' (or add it to places.yml)");
    }

    [Fact]
    public void A_reference_to_a_file_that_failed_to_read_is_not_reported_again()
    {
        using var input = new TestInput();
        input.Write(TestInput.SourcePath, TestInput.Edit(TestInput.Source, "published: 2022-01-21", "published: 2022-13"));

        Expect.Only(input.Assemble().Diagnostics, $"{TestInput.SourcePath}:3:17: error CHR300:");
    }

    [Fact]
    public void The_same_entry_id_in_two_year_folders_is_reported_naming_both_files()
    {
        using var input = new TestInput();
        input.Write("input/entries/2021/2022-01-21-geneva-meeting.yml", TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: 2021-01-21"));

        Expect.Only(input.Assemble().Diagnostics, $"{E}:1:1: error CHR401:",
            "entry id '2022-01-21-geneva-meeting' is also used by input/entries/2021/2022-01-21-geneva-meeting.yml", "ids are unique across all years");
    }

    [Fact]
    public void The_same_registry_id_twice_is_reported_at_the_second_naming_the_first()
    {
        using var input = new TestInput();
        input.Write(TestInput.PeoplePath, TestInput.People + "- id: antony-blinken\n  name: Tony Blinken\n");

        Expect.Only(input.Assemble().Diagnostics, $"{TestInput.PeoplePath}:6:3: error CHR401:",
            $"person id 'antony-blinken' is already used at {TestInput.PeoplePath}:1:3");
    }

    [Fact]
    public void A_quote_that_is_not_in_the_seed_is_reported_at_the_quote()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "Jan. 21 in Geneva", "Jan. 22 in Geneva"));

        Expect.Only(input.Assemble().Diagnostics, $"{E}:9:12: error CHR404:",
            "the quote cited from 'geneva-talks' in entry '2022-01-21-geneva-meeting' is not in seeds/geneva.txt", "copy the quote verbatim");
    }

    [Theory]
    [InlineData("a \\\"severe response\\\" to further invasion")]
    [InlineData("a “severe response” to further invasion")]
    [InlineData("Lavrov said he did not expect a breakthrough.")]
    [InlineData("Blinken told Lavrov … in Geneva, Switzerland.")]
    [InlineData("Blinken told Lavrov ... in Geneva, Switzerland.")]
    [InlineData("Switzerland. Lavrov said")]
    [InlineData("when they met on Jan. 21\u00a0in Geneva")]
    public void A_quote_with_folded_typography_or_an_ellipsis_gap_is_accepted(string quote)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "when they met on Jan. 21 in Geneva", quote));

        Expect.None(input.Assemble().Diagnostics);
    }

    [Theory]
    [InlineData("in Geneva … Blinken told Lavrov")]
    [InlineData("Blinken told Lavrov there was a “severe response”")]
    [InlineData("…")]
    [InlineData("... …")]
    public void A_quote_out_of_order_changed_or_of_nothing_but_ellipses_is_refused(string quote)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "when they met on Jan. 21 in Geneva", quote));

        Expect.Only(input.Assemble().Diagnostics, $"{E}:9:12: error CHR404:");
    }

    [Fact]
    public void A_seed_with_crlf_line_endings_still_matches_a_quote_across_its_line_break()
    {
        using var input = new TestInput();
        input.Write(TestInput.SeedPath, TestInput.Seed.Replace("\n", "\r\n", StringComparison.Ordinal));
        input.Write(E, TestInput.Edit(TestInput.Entry, "when they met on Jan. 21 in Geneva", "Switzerland. Lavrov said"));

        Expect.None(input.Assemble().Diagnostics);
    }
}
