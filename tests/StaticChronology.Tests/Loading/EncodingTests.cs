using System.Text;
using StaticChronology.Loading;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

/// <summary>What happens to a file's bytes before YAML sees them: byte order marks, line endings, encodings, control characters, size.</summary>
public class EncodingTests
{
    private const string E = TestInput.EntryPath;

    private const string FollowUpPath = "input/entries/2022/2022-01-22-follow-up.yml";

    // Exercises every construct whose text or position could depend on line endings:
    // a comment, a literal and a folded block scalar, a multi-line quoted scalar, block and flow lists.
    private const string FollowUp =
        """
        # The day after the meeting.
        date: 2022-01-22
        title: Follow-up
        summary: |
          Blinken met Lavrov in Geneva.
          Lavrov said he did not expect a breakthrough.
        people: [antony-blinken, sergey-lavrov]
        places:
          - geneva
        sources:
          - source: geneva-talks
            quote: "when they met on Jan. 21
              in Geneva"
            said_by: antony-blinken
        annotations:
          - kind: note
            text: >
              Folded
              text.
        related:
          - entry: 2022-01-21-geneva-meeting
            relation: follows

        """;

    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    [Fact]
    public void A_byte_order_mark_is_ignored_and_gives_the_same_model()
    {
        using var plain = new TestInput();
        plain.Write(FollowUpPath, FollowUp);
        using var marked = new TestInput();
        foreach (var (path, text) in AllFiles())
        {
            marked.WriteBytes(path, [.. Bom, .. Encoding.UTF8.GetBytes(text)]);
        }

        var expected = plain.Load();
        var actual = marked.Load();

        Expect.None(expected.Diagnostics);
        Expect.None(actual.Diagnostics);
        Assert.Equal(ModelText.Describe(expected.Input!), ModelText.Describe(actual.Input!));
        Expect.None(marked.Assemble().Diagnostics);
    }

    [Fact]
    public void A_byte_order_mark_does_not_move_the_position_of_an_error_on_the_first_line()
    {
        var text = TestInput.Edit(TestInput.Entry, "date: 2022-01-21", "date: 2022-02-30");
        using var plain = new TestInput();
        plain.Write(E, text);
        using var marked = new TestInput();
        marked.WriteBytes(E, [.. Bom, .. Encoding.UTF8.GetBytes(text)]);

        Expect.Only(plain.Load().Diagnostics, $"{E}:1:15: error CHR300:", "February 2022 has 28 days");
        Expect.Only(marked.Load().Diagnostics, $"{E}:1:15: error CHR300:", "February 2022 has 28 days");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Crlf_and_lone_cr_line_endings_give_the_same_model_as_lf(string lineEnd)
    {
        using var lf = new TestInput();
        lf.Write(FollowUpPath, FollowUp);
        using var other = new TestInput();
        foreach (var (path, text) in AllFiles())
        {
            other.Write(path, text.Replace("\n", lineEnd, StringComparison.Ordinal));
        }

        other.Write(TestInput.SeedPath, TestInput.Seed.Replace("\n", lineEnd, StringComparison.Ordinal));

        var expected = lf.Load();
        var actual = other.Load();

        Expect.None(actual.Diagnostics);
        Assert.Equal(ModelText.Describe(expected.Input!), ModelText.Describe(actual.Input!));
        var entry = actual.SingleEntry("2022-01-22-follow-up");
        Assert.Equal("Blinken met Lavrov in Geneva.\nLavrov said he did not expect a breakthrough.", entry.Summary);
        Assert.Equal("when they met on Jan. 21 in Geneva", entry.Sources[0].Quote);
        Expect.None(other.Assemble().Diagnostics);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Errors_are_on_the_same_line_and_column_whatever_the_line_endings(string lineEnd)
    {
        using var input = new TestInput();
        var text = TestInput.Edit(FollowUp, "  - kind: note", "  - kind: notes");
        input.Write(FollowUpPath, text.Replace("\n", lineEnd, StringComparison.Ordinal));

        Expect.Only(input.Load().Diagnostics, $"{FollowUpPath}:16:11: error CHR302:", "'notes' is not a valid kind", "did you mean 'note'?");
    }

    [Fact]
    public void An_invalid_utf8_byte_is_reported_at_its_line_and_column()
    {
        using var input = new TestInput();
        input.WriteBytes(E, [.. "date: 2022-01-21\ntitle: é"u8, 0xFF, .. "x\n"u8]);

        Expect.Only(input.Load().Diagnostics, $"{E}:2:9: error CHR101:", "invalid UTF-8 byte sequence", "save the file as UTF-8");
    }

    [Fact]
    public void An_invalid_utf8_byte_after_crlf_lines_is_on_the_editor_line()
    {
        using var input = new TestInput();
        input.WriteBytes(E, [.. "date: 2022-01-21\r\ntitle: x\r\nsummary: "u8, 0xC3, 0x28, .. "\r\n"u8]);

        Expect.Only(input.Load().Diagnostics, $"{E}:3:10: error CHR101:", "invalid UTF-8");
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    [InlineData(new byte[] { 0xE2, 0x80 })]
    public void Overlong_surrogate_and_truncated_sequences_are_invalid_utf8(byte[] sequence)
    {
        using var input = new TestInput();
        input.WriteBytes(E, [.. "date: 2022-01-21\ntitle: "u8, .. sequence]);

        Expect.Only(input.Load().Diagnostics, $"{E}:2:8: error CHR101:", "invalid UTF-8");
    }

    [Fact]
    public void Columns_count_utf16_units_for_invalid_bytes_as_for_yaml_errors()
    {
        // An emoji is one code point but two UTF-16 units; the YAML parser counts two, so the decoder must too.
        using var input = new TestInput();
        input.WriteBytes(E, [.. "date: 2022-01-21\ntitle: 😀"u8, 0xFF, .. "\n"u8]);
        Expect.Only(input.Load().Diagnostics, $"{E}:2:10: error CHR101:");

        input.Write(E, "date: 2022-01-21\ntitle: \"😀\" x\n");
        Expect.Only(input.Load().Diagnostics, $"{E}:2:13: error CHR200:");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, false)]
    [InlineData(new byte[] { 0xFE, 0xFF }, true)]
    public void A_utf16_file_is_refused_as_a_whole(byte[] bom, bool bigEndian)
    {
        using var input = new TestInput();
        var utf16 = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        input.WriteBytes(E, [.. bom, .. utf16.GetBytes(TestInput.Entry)]);

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR101:", "file is UTF-16; input files must be UTF-8", "save the file as UTF-8");
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_stops_at_its_first_nul()
    {
        using var input = new TestInput();
        input.WriteBytes(E, Encoding.Unicode.GetBytes(TestInput.Entry));

        Expect.Only(input.Load().Diagnostics, $"{E}:1:2: error CHR102:", "U+0000");
    }

    [Theory]
    [InlineData('\0', "U+0000")]
    [InlineData('\u0007', "U+0007")]
    [InlineData('\u001B', "U+001B")]
    [InlineData('\u007F', "U+007F")]
    [InlineData('\u0085', "U+0085")]
    [InlineData('\uFEFF', "U+FEFF")]
    [InlineData('\u2028', "U+2028")]
    [InlineData('\u2029', "U+2029")]
    public void A_control_character_is_reported_at_its_position(char control, string name)
    {
        using var input = new TestInput();
        input.Write(E, TestInput.Edit(TestInput.Entry, "title: Blinken and", "title: Blinken" + control + "and"));

        Expect.Only(input.Load().Diagnostics, $"{E}:2:15: error CHR102:", $"control character {name} is not allowed", "only tabs and line breaks");
    }

    [Fact]
    public void A_control_character_in_a_comment_is_still_refused()
    {
        using var input = new TestInput();
        input.Write(E, "# note\u0008\n" + TestInput.Entry);

        Expect.Only(input.Load().Diagnostics, $"{E}:1:7: error CHR102:", "U+0008");
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read()
    {
        using var input = new TestInput();
        var padding = TextDecoder.MaxFileBytes - Encoding.UTF8.GetByteCount(TestInput.Entry) - 3;
        input.Write(E, TestInput.Entry + "# " + new string('x', padding) + "\n");
        Assert.Equal(TextDecoder.MaxFileBytes, new FileInfo(input.Full(E)).Length);

        Expect.None(input.Load().Diagnostics);
    }

    [Fact]
    public void A_file_one_byte_over_the_limit_is_refused_before_it_is_parsed()
    {
        // Every byte is NUL: decoding or parsing would report CHR102 or CHR200, so only CHR100 shows nothing was.
        using var input = new TestInput();
        input.WriteBytes(E, new byte[TextDecoder.MaxFileBytes + 1]);

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR100:", "file is 1048577 bytes; the limit is 1048576 bytes", "split it");
    }

    [Fact]
    public void A_50_mb_file_is_refused_with_its_real_size_without_being_read()
    {
        using var input = new TestInput();
        using (var stream = new FileStream(input.Full(E), FileMode.Create))
        {
            // Sparse where the file system allows: the test writes nothing, and reading it would show as time and memory.
            stream.SetLength(50L * 1024 * 1024);
        }

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR100:", "file is 52428800 bytes");
    }

    [Fact]
    public void A_50_mb_single_scalar_is_refused_like_any_other_large_file()
    {
        using var input = new TestInput();
        var block = new byte[1024 * 1024];
        Array.Fill(block, (byte)'a');
        using (var stream = new FileStream(input.Full(E), FileMode.Create))
        {
            stream.Write("title: "u8);
            for (var i = 0; i < 50; i++)
            {
                stream.Write(block, 0, i == 49 ? block.Length - 7 : block.Length);
            }
        }

        Expect.Only(input.Load().Diagnostics, $"{E}:1:1: error CHR100:", "file is 52428800 bytes");
    }

    private static IEnumerable<(string Path, string Text)> AllFiles() =>
    [
        (TestInput.ChronologyPath, TestInput.Chronology),
        (TestInput.PeoplePath, TestInput.People),
        (TestInput.PlacesPath, TestInput.Places),
        (TestInput.OrganizationsPath, TestInput.Organizations),
        (TestInput.SourcePath, TestInput.Source),
        (TestInput.EntryPath, TestInput.Entry),
        (FollowUpPath, FollowUp),
    ];
}
