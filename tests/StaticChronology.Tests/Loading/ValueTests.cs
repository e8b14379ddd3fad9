using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

/// <summary>Values that parse as YAML but mean nothing: dates, ids, enumerations, paths, names that disagree.</summary>
public class ValueTests
{
    private const string E = TestInput.EntryPath;
    private const string S = TestInput.SourcePath;
    private const string Accepted = "accepted: 2022-01-21, 2022-01, 2022, 2022-01-21~ (approximate), 2022-01-21? (uncertain), 2022-01-XX, 2022-02-10/2022-02-20, ../2022-02-20";

    [Theory]
    [InlineData("2022-02-30", 15, "February 2022 has 28 days")]
    [InlineData("24/01/2022", 7, "write dates year first: 2022-01-24")]
    [InlineData("2022-13", 12, "month 13 does not exist")]
    [InlineData("2022-01-01T25:00", 18, "25:00 is not a time of day")]
    [InlineData("21 January 2022", 10, "not with month names")]
    public void An_impossible_date_is_reported_inside_the_value_with_the_accepted_forms(string date, int column, string fragment)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: " + date));

        Expect.Only(input.Load().Diagnostics, $"{E}:1:{column}: error CHR300:", $"'{date}' is not a valid date", fragment, Accepted);
        // The value occupies columns 7 to 6 + length on its line.
        Assert.InRange(column, 7, 6 + date.Length);
    }

    [Fact]
    public void An_empty_source_citation_is_an_error_where_its_value_is_missing()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "sources:\n", "sources:\n  -\n"));

        Expect.Only(input.Load().Diagnostics, $"{E}:8:4: error CHR307:", "empty source citation", "write '- source: <source id>'");
    }

    [Fact]
    public void The_column_of_a_date_error_allows_for_the_opening_quote()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: \"2022-02-30\""));

        Expect.Only(input.Load().Diagnostics, $"{E}:1:16: error CHR300:", "February 2022 has 28 days");
    }

    [Fact]
    public void An_impossible_publication_date_of_a_source_is_reported_the_same_way()
    {
        using var input = new TestInput();
        input.Write(S, TestInput.Edit(TestInput.Source, "published: 2022-01-21", "published: 2022-13"));

        Expect.Only(input.Load().Diagnostics, $"{S}:3:17: error CHR300:", "month 13 does not exist", Accepted);
    }

    [Fact]
    public void An_entry_in_the_wrong_year_folder_is_reported_at_its_start()
    {
        using var input = new TestInput();
        input.Delete(E).Write("input/entries/2021/2022-01-21-geneva-meeting.yml", TestInput.Entry);

        Expect.Only(input.Load().Diagnostics, "input/entries/2021/2022-01-21-geneva-meeting.yml:1:1: error CHR305:",
            "entry is dated 2022-01-21 but filed under entries/2021/", "move it to entries/2022/2022-01-21-geneva-meeting.yml");
    }

    [Fact]
    public void An_entry_with_an_open_start_is_filed_under_the_year_of_its_end()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: ../2022-01-20"));
        Expect.None(input.Load().Diagnostics);

        input.Delete(E).Write("input/entries/2021/2022-01-21-geneva-meeting.yml", TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: ../2022-01-20"));
        Expect.Only(input.Load().Diagnostics, "input/entries/2021/2022-01-21-geneva-meeting.yml:1:1: error CHR305:", "move it to entries/2022/");
    }

    [Fact]
    public void A_source_id_that_differs_from_the_file_name_is_reported_at_the_id()
    {
        using var input = new TestInput();
        input.Write(S, TestInput.Edit(TestInput.Source, "id: geneva-talks", "id: geneva-talk"));

        Expect.Only(input.Load().Diagnostics, $"{S}:1:5: error CHR304:",
            "id 'geneva-talk' does not match the file name 'geneva-talks.yml'", "rename the file to 'geneva-talk.yml' or set 'id: geneva-talks'");
    }

    [Theory]
    [InlineData("people: [antony-blinken]", "people: [antony-blinken, Sergey_Lavrov]", 4, 26, "'Sergey_Lavrov' is not a valid id for 'people'")]
    [InlineData("places: [geneva]", "places: [geneva--ch]", 5, 10, "'geneva--ch' is not a valid id for 'places'")]
    [InlineData("organizations: [nato]", "organizations: [-nato]", 6, 17, "'-nato' is not a valid id for 'organizations'")]
    [InlineData("status: occurred", "tags: [diplomacy, Sanctions]", 3, 19, "'Sanctions' is not a valid id for 'tags'")]
    [InlineData("status: occurred", "tags: [con]", 3, 8, "'con' is not a valid id for 'tags'")]
    [InlineData("source: geneva-talks", "source: geneva talks", 8, 13, "'geneva talks' is not a valid id for 'source'")]
    public void An_invalid_id_in_a_list_is_reported_at_the_item(string part, string replacement, int line, int column, string message)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, part, replacement));

        Expect.Only(input.Load().Diagnostics, $"{E}:{line}:{column}: error CHR301:", message, "ids use lower-case letters a-z, digits and single hyphens");
    }

    [Theory]
    [InlineData("status: occurred", "status: ocurred", 3, 9, "'ocurred' is not a valid status", "did you mean 'occurred'? allowed: occurred, planned, reported, denied")]
    [InlineData("status: occurred", "status: Occurred", 3, 9, "'Occurred' is not a valid status", "did you mean 'occurred'?")]
    [InlineData("status: occurred", "annotations:\n  - kind: discrepency\n    text: x", 4, 11, "'discrepency' is not a valid kind", "did you mean 'discrepancy'? allowed: context, discrepancy, correction, date, note")]
    [InlineData("status: occurred", "related:\n  - entry: 2022-01-20-x\n    relation: follow", 5, 15, "'follow' is not a valid relation", "did you mean 'follows'? allowed: follows, responds-to, same-event, contradicts")]
    [InlineData("status: occurred", "draft: yes", 3, 8, "'draft' must be true or false, not 'yes'", "")]
    public void An_invalid_choice_is_reported_at_the_value_with_a_suggestion(string part, string replacement, int line, int column, string message, string hint)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, part, replacement));

        Expect.Only(input.Load().Diagnostics, $"{E}:{line}:{column}: error CHR302:", message, hint);
    }

    [Fact]
    public void An_invalid_publication_basis_of_a_source_suggests_the_right_one()
    {
        using var input = new TestInput();
        input.Write(S, TestInput.Edit(TestInput.Source, "published_basis: stated", "published_basis: states"));

        Expect.Only(input.Load().Diagnostics, $"{S}:4:18: error CHR302:", "'states' is not a valid published_basis", "did you mean 'stated'? allowed: stated, inferred");
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData(@"C:\x")]
    [InlineData("/abs")]
    [InlineData(@"seeds\..\..\x")]
    [InlineData(@"\\host\share\x")]
    [InlineData("seeds/./geneva.txt")]
    [InlineData("seeds//geneva.txt")]
    [InlineData("seeds/.hidden")]
    [InlineData("file:///etc/passwd")]
    public void A_seed_path_that_could_leave_the_repository_is_refused_at_the_value(string seed)
    {
        using var input = new TestInput();
        input.Write(S, TestInput.Edit(TestInput.Source, "seed: seeds/geneva.txt", "seed: " + seed));

        Expect.Only(input.Load().Diagnostics, $"{S}:6:7: error CHR306:", $"'{seed}' is not a path inside the repository", "write a relative path with forward slashes");
    }

    [Fact]
    public void A_seed_that_does_not_exist_is_reported_at_the_source()
    {
        using var input = new TestInput();
        input.Delete(TestInput.SeedPath);

        Expect.Only(input.Load().Diagnostics, $"{S}:1:1: error CHR403:", "seed 'seeds/geneva.txt' not found");
    }

    [Theory]
    [InlineData("base_url: https://example.org/", "base_url: example.org", 2, 11, "CHR303", "'example.org' is not an absolute http(s) URL")]
    [InlineData("base_url: https://example.org/", "base_url: javascript:alert(1)", 2, 11, "CHR303", "is not an absolute http(s) URL")]
    [InlineData("language: en", "language: English", 3, 11, "CHR302", "'English' is not a language tag")]
    [InlineData("language: en", "language: en\ntimezone: kyiv", 4, 11, "CHR302", "'kyiv' is not an IANA time zone name")]
    public void Invalid_settings_are_reported_at_the_value(string part, string replacement, int line, int column, string code, string message)
    {
        using var input = new TestInput();
        input.Write(TestInput.ChronologyPath, TestInput.Edit(TestInput.Chronology, part, replacement));

        Expect.Only(input.Load().Diagnostics, $"{TestInput.ChronologyPath}:{line}:{column}: error {code}:", message);
    }

    [Fact]
    public void An_invalid_wikidata_id_is_reported_at_the_value()
    {
        using var input = new TestInput();
        input.Write(TestInput.PlacesPath, TestInput.Places + "  wikidata: Q0\n");

        Expect.Only(input.Load().Diagnostics, $"{TestInput.PlacesPath}:3:13: error CHR302:", "'Q0' is not a Wikidata item id");
    }

    [Fact]
    public void An_empty_quoted_title_is_reported_at_the_value()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken and Lavrov meet in Geneva", "title: \"  \""));

        Expect.Only(input.Load().Diagnostics, $"{E}:2:8: error CHR307:", "'title' is empty");
    }
}
