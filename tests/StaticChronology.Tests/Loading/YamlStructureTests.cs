using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

/// <summary>The strict YAML reader: every refused feature is an error at its own token.</summary>
public class YamlStructureTests
{
    private const string E = TestInput.EntryPath;

    [Fact]
    public void Bad_indentation_of_a_key_is_a_syntax_error_at_the_colon()
    {
        using var input = new TestInput();
        input.Write(E, "date: 2022-01-21\ntitle: x\n  status: occurred\nsources: [geneva-talks]\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:3:9: error CHR200:", "YAML syntax:", "check indentation");
    }

    [Fact]
    public void Bad_indentation_inside_a_list_item_is_a_syntax_error_at_the_misplaced_key()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "    quote:", "   quote:"));

        Expect.Only(input.Load().Diagnostics, $"{E}:9:4: error CHR200:", "YAML syntax:", "did not find expected '-' indicator");
    }

    [Fact]
    public void An_unclosed_double_quote_is_a_syntax_error_at_the_opening_quote()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken", "title: \"Blinken"));

        Expect.Only(input.Load().Diagnostics, $"{E}:2:8: error CHR200:", "double-quoted scalar", "every quote is closed");
    }

    [Fact]
    public void An_unclosed_single_quote_at_the_end_of_the_file_is_a_syntax_error_at_the_opening_quote()
    {
        using var input = new TestInput();
        input.Write(E, "date: 2022-01-21\ntitle: 'Blinken\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:2:8: error CHR200:", "found unexpected end of stream");
    }

    [Fact]
    public void An_unclosed_flow_list_before_the_next_key_is_a_syntax_error_at_the_bracket()
    {
        // The YAML scanner throws a plain exception for this text; it must still be one diagnostic, not a crash.
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "people: [antony-blinken]", "people: [antony-blinken"));

        var result = input.Load();

        Expect.Only(result.Diagnostics, $"{E}:4:9: error CHR200:", "YAML syntax:", "every bracket and quote is closed");
        Assert.Single(result.Input!.Sources);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_key()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "status: occurred\n", "status: occurred\ntitle: Again\n"));

        Expect.Only(input.Load().Diagnostics, $"{E}:4:1: error CHR201:", "duplicate key 'title'", "each key may appear once");
    }

    [Fact]
    public void A_duplicate_key_in_a_nested_mapping_is_reported_at_the_second_key()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Entry + "  - source: geneva-talks\n    source: geneva-talks\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:11:5: error CHR201:", "duplicate key 'source'");
    }

    [Fact]
    public void A_misspelt_key_suggests_the_right_one_and_lists_the_allowed_keys()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title:", "titel:"));

        var diagnostics = input.Load().Diagnostics;

        Expect.Has(diagnostics, $"{E}:2:1: error CHR202:", "unknown key 'titel' in entry",
            "did you mean 'title'?", "allowed keys: date, title, summary, status, people, places, organizations, tags, sources, annotations, related, draft");
        Expect.Has(diagnostics, $"{E}:1:1: error CHR203:", "missing required key 'title'");
        Assert.Equal(2, diagnostics.Length);
    }

    [Fact]
    public void An_unknown_key_with_nothing_close_lists_the_allowed_keys_only()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Entry + "colour: red\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:10:1: error CHR202:", "unknown key 'colour' in entry (allowed keys: date, title,");
    }

    [Fact]
    public void Missing_required_keys_are_each_reported_at_the_start_of_the_mapping()
    {
        using var input = new TestInput();
        input.Write(E, "# Only a summary so far.\nsummary: Something happened.\n");

        var diagnostics = input.Load().Diagnostics;

        Expect.Has(diagnostics, $"{E}:2:1: error CHR203:", "entry is missing required key 'date'", "add 'date:' with a value");
        Expect.Has(diagnostics, $"{E}:2:1: error CHR203:", "entry is missing required key 'title'");
        Expect.Has(diagnostics, $"{E}:2:1: error CHR203:", "entry is missing required key 'sources'", "every entry cites at least one source");
        Assert.Equal(3, diagnostics.Length);
    }

    [Fact]
    public void A_missing_key_in_a_citation_is_reported_at_the_citation()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "  - source: geneva-talks\n    quote:", "  - quote:"));

        Expect.Only(input.Load().Diagnostics, $"{E}:8:5: error CHR203:", "a source citation is missing required key 'source'");
    }

    [Fact]
    public void An_anchor_is_refused_at_the_anchor()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken", "title: &t Blinken"));

        Expect.Only(input.Load().Diagnostics, $"{E}:2:8: error CHR204:", "anchors ('&t') are not allowed", "write the value out in full");
    }

    [Fact]
    public void An_alias_is_refused_at_the_alias()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "status: occurred", "summary: *t"));

        Expect.Only(input.Load().Diagnostics, $"{E}:3:10: error CHR204:", "aliases ('*t') are not allowed");
    }

    [Fact]
    public void A_merge_key_is_refused_at_the_key()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "status: occurred", "<<: {status: occurred}"));

        Expect.Only(input.Load().Diagnostics, $"{E}:3:1: error CHR204:", "merge keys ('<<') are not allowed");
    }

    [Fact]
    public void A_quoted_merge_key_is_only_an_unknown_key()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "status: occurred", "\"<<\": x"));

        Expect.Only(input.Load().Diagnostics, $"{E}:3:1: error CHR202:", "unknown key '<<'");
    }

    [Fact]
    public void A_billion_laughs_file_is_refused_at_its_first_anchor()
    {
        var lines = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            lines.Add($"{level}: &{level} [{string.Join(",", Enumerable.Repeat("*" + previous, 9))}]");
        }

        using var input = new TestInput();
        input.Write(E, string.Join("\n", lines) + "\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:1:4: error CHR204:", "anchors ('&a') are not allowed");
    }

    [Fact]
    public void Flow_lists_nested_ten_thousand_deep_are_refused_at_the_first_level_too_deep()
    {
        using var input = new TestInput();
        input.Write(E, new string('[', 10_000) + new string(']', 10_000) + "\n");

        var result = input.Load();

        Expect.Only(result.Diagnostics, $"{E}:1:33: error CHR206:", "nesting too deep (more than 32 levels)");
        Assert.Single(result.Input!.Sources);
    }

    [Fact]
    public void Flow_mappings_nested_ten_thousand_deep_are_refused()
    {
        using var input = new TestInput();
        input.Write(E, string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "x" + new string('}', 10_000) + "\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:1:129: error CHR206:", "nesting too deep");
    }

    [Fact]
    public void Block_lists_nested_ten_thousand_deep_are_refused()
    {
        using var input = new TestInput();
        input.Write(E, string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:1:65: error CHR206:", "nesting too deep");
    }

    [Fact]
    public void A_deep_block_mapping_is_refused_at_the_line_that_goes_too_deep()
    {
        // Each level is one more space of indentation, so a thousand levels is as deep as fits under the size limit.
        using var input = new TestInput();
        input.Write(E, string.Concat(Enumerable.Range(0, 1000).Select(i => new string(' ', i) + "a:\n")));

        Expect.Only(input.Load().Diagnostics, $"{E}:33:33: error CHR206:", "nesting too deep");
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_only_a_type_error()
    {
        // 32 levels (the entry's mapping and 31 lists) pass the reader; the entry reader then refuses a list where an id belongs.
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "people: [antony-blinken]", "people: " + new string('[', 31) + new string(']', 31)));

        Expect.Only(input.Load().Diagnostics, $"{E}:4:10: error CHR209:", "items of 'people' must be ids, not a list");
    }

    [Theory]
    [InlineData("!!binary aGVsbG8=", "'tag:yaml.org,2002:binary'")]
    [InlineData("!System.IO.File x", "'!System.IO.File'")]
    [InlineData("!!python/object:os.system x", "'tag:yaml.org,2002:python/object:os.system'")]
    [InlineData("!!str x", "'tag:yaml.org,2002:str'")]
    [InlineData("!<tag:example.org,2000:x> x", "'tag:example.org,2000:x'")]
    public void An_explicit_tag_is_refused_at_the_tag(string value, string tag)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken and Lavrov meet in Geneva", "title: " + value));

        Expect.Only(input.Load().Diagnostics, $"{E}:2:8: error CHR205:", $"explicit tags ({tag}) are not allowed", "every value is read as text");
    }

    [Fact]
    public void An_explicit_tag_on_a_list_is_refused()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "people: [", "people: !!set ["));

        Expect.Only(input.Load().Diagnostics, $"{E}:4:9: error CHR205:", "tag:yaml.org,2002:set");
    }

    [Fact]
    public void A_second_document_after_a_marker_is_refused_at_the_marker()
    {
        using var input = new TestInput();
        input.Write(E, "---\n" + TestInput.Entry + "---\ntitle: Second\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:11:1: error CHR207:", "a file holds one YAML document", "remove the extra '---'");
    }

    [Fact]
    public void A_second_document_after_an_end_marker_is_refused_where_it_starts()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Entry + "...\ntitle: Second\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:11:1: error CHR207:");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# only\n# comments\n")]
    [InlineData("null\n")]
    [InlineData("~\n")]
    [InlineData("---\n")]
    public void An_empty_entry_is_reported_at_the_start_of_the_file(string text)
    {
        using var input = new TestInput();
        input.Write(E, text);

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR208:", "empty entry: the file holds no data");
    }

    [Fact]
    public void An_entry_that_is_a_list_is_a_type_error_at_the_first_character()
    {
        using var input = new TestInput();
        input.Write(E, "- date: 2022-01-21\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR209:", "an entry must be a mapping of keys to values, not a list");
    }

    [Fact]
    public void A_key_that_is_a_list_is_a_type_error()
    {
        using var input = new TestInput();
        input.Write(E, "? [a]\n: b\n");

        Expect.Only(input.Load().Diagnostics, $"{E}:1:3: error CHR209:", "a key must be plain text, not a list");
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("yes")]
    [InlineData("off")]
    [InlineData("0x1F")]
    [InlineData("0o17")]
    [InlineData("1.10")]
    [InlineData("1e3")]
    [InlineData(".inf")]
    [InlineData("2022-01-21")]
    public void Unquoted_values_that_yaml_would_convert_are_kept_as_written(string title)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken and Lavrov meet in Geneva", "title: " + title));

        var result = input.Load();

        Expect.None(result.Diagnostics);
        Assert.Equal(title, result.SingleEntry().Title);
    }

    [Fact]
    public void Null_words_as_a_title_count_as_missing()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken and Lavrov meet in Geneva", "title: ~"));

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR203:", "missing required key 'title'");
    }

    [Fact]
    public void A_quoted_null_word_is_text()
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken and Lavrov meet in Geneva", "title: \"null\""));

        Assert.Equal("null", input.Load().SingleEntry().Title);
    }
}
