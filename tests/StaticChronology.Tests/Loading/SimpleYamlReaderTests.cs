using System.Text;
using CsCheck;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Tests.Fuzz;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

/// <summary>
/// The reader for the plain shape of entry files: on every text it accepts, it gives the tree, values and positions
/// that YamlDotNet's parser gives; everything else it leaves to that parser.
/// </summary>
public class SimpleYamlReaderTests
{
    /// <summary>An entry in the plain shape, with every construct the reader knows: the starting point for mutations.</summary>
    private const string PlainEntry =
        """
        # A comment before the first key.
        date: 2022-01-21
        title: "Blinken and Lavrov meet in \"Geneva\"\u00A0today"
        summary: 'They met in **Geneva** and it''s [talked](https://example.org/a#b).'
        status: occurred   # a comment after a value
        people: [antony-blinken, sergey-lavrov]
        places: []
        tags: [ diplomacy, peace talks,  NATO–Russia Council ]
        sources:
          - source: geneva-talks
            quote: "when they met on Jan. 21 in Geneva"

          - source: other_report
            quote: plain text, with a comma and a colon-less # comment
        annotations:
        - kind: note
          text: A note about 1.10 and NO and ~.
        - kind: discrepancy
          text: |
            A literal block, kept line by line:
              indented more, # not a comment

            after a blank line.

        - kind: context
          text: |-
            Stripped of its final line break.
        related:
          - entry: 2022-01-20-x
            relation: follows
        draft: no

        """;

    /// <summary>Tokens that keep a text mostly in the plain shape, so that mutations reach deep into the reader.</summary>
    private static readonly string[] ShapeTokens =
    [
        " ", "  ", "\n", "\n  ", "\n    ", "- ", "-", ":", ": ", "|", "|-", "|\n", "\n\n", "#", " #", "'", "''", "\"", "\\\"", "\\n", "\\u00e9", "\\u", "\\x41", "\\t",
        "[", "]", ",", ", ", "[a, b]", "[a b, c–d ]", "[it's, x]", "key: value\n", "  - ", "é", "\U0001F600", "~", "null",
    ];

    private static readonly Gen<string> Texts = Gen.Frequency(
        (4, FuzzInputs.Mutated(PlainEntry, ShapeTokens)),
        (2, FuzzInputs.Mutated(PlainEntry, FuzzInputs.YamlTokens)),
        (1, FuzzInputs.Yaml));

    [Fact]
    public void Every_text_it_accepts_reads_as_the_parser_reads_it()
    {
        Texts.Sample(text =>
        {
            var source = new SourceText("entry.yml", text);
            if (SimpleYamlReader.TryRead(source) is not { } simple)
            {
                return;
            }

            var diagnostics = new DiagnosticBag();
            var parsed = StrictYamlReader.ReadWithParser(source, diagnostics);
            Assert.False(diagnostics.HasErrors, $"accepted a text the parser refuses: {string.Join("; ", diagnostics.ToSortedArray())}\n{text}");
            Assert.Equal(Dump(parsed!), Dump(simple));
        }, iter: 20_000);
    }

    [Fact]
    public void The_plain_entry_and_every_file_of_this_repository_s_input_are_read_without_the_parser()
    {
        var files = Directory.EnumerateFiles(Repository.Input, "*.yml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceText(Path.GetRelativePath(Repository.Root, path), File.ReadAllText(path)))
            .Prepend(new SourceText("entry.yml", PlainEntry))
            .ToList();
        Assert.True(files.Count > 5);

        foreach (var source in files)
        {
            var simple = SimpleYamlReader.TryRead(source);
            Assert.True(simple is not null, $"{source.Path} was left to the parser");
            Assert.Equal(Dump(StrictYamlReader.ReadWithParser(source, new DiagnosticBag())!), Dump(simple));
        }
    }

    [Fact]
    public void A_generated_chronology_is_read_without_the_parser()
    {
        using var folder = new TempFolder();
        LargeChronology.Write(folder.Path, 200);
        foreach (var path in Directory.EnumerateFiles(Path.Combine(folder.Path, "input"), "*.yml", SearchOption.AllDirectories))
        {
            var source = new SourceText(path, File.ReadAllText(path));
            var simple = SimpleYamlReader.TryRead(source);
            Assert.True(simple is not null, $"{path} was left to the parser:\n{source.Text}");
            Assert.Equal(Dump(StrictYamlReader.ReadWithParser(source, new DiagnosticBag())!), Dump(simple));
        }
    }

    [Theory]
    [InlineData("title: x\n\tsummary: y\n")]
    [InlineData("title: x\r\nsummary: y\r\n")]
    [InlineData("summary: |+\n  text\n")]
    [InlineData("summary: |2\n  text\n")]
    [InlineData("summary: | # comment\n  text\n")]
    [InlineData("summary: |\n\n  text after a blank line\n")]
    [InlineData("summary: |\n  text without a final line break")]
    [InlineData("summary: >-\n  text\n")]
    [InlineData("title: \"runs onto\n  the next line\"\n")]
    [InlineData("title: 'runs onto\n  the next line'\n")]
    [InlineData("title: a plain value\n  continued\n")]
    [InlineData("title:\nsummary: x\n")]
    [InlineData("title: x\ntitle: y\n")]
    [InlineData("title: &a x\n")]
    [InlineData("title: *a\n")]
    [InlineData("title: !!str x\n")]
    [InlineData("<<: {a: b}\n")]
    [InlineData("---\ntitle: x\n")]
    [InlineData("title: x\n---\ntitle: y\n")]
    [InlineData("title: \"\\x41\"\n")]
    [InlineData("title: \"\\uD83D\\uDE00\"\n")]
    [InlineData("title: a: b\n")]
    [InlineData("people: [a, [b]]\n")]
    [InlineData("people: [a,]\n")]
    [InlineData("people: {a: b}\n")]
    [InlineData("\"quoted key\": x\n")]
    [InlineData("  title: x\n")]
    [InlineData("just text\n")]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("a:\n  b:\n    c:\n      d:\n        e:\n          f:\n            g:\n              h:\n                i: deep\n")]
    public void Anything_outside_the_plain_shape_is_left_to_the_parser(string text)
    {
        Assert.Null(SimpleYamlReader.TryRead(new SourceText("entry.yml", text)));
    }

    [Fact]
    public void A_file_it_leaves_still_gets_the_parser_s_error_at_its_position()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(StrictYamlReader.Read(new SourceText("entry.yml", "title: x\ntitle: y\n"), diagnostics));
        Expect.Only([.. diagnostics.ToSortedArray().Select(d => d.ToString())], "entry.yml:2:1: error CHR", "duplicate key 'title'");
    }

    /// <summary>The tree as text: every node's kind, position, value and, for scalars, style and where the text starts.</summary>
    private static string Dump(YamlNode node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(YamlNode node, int depth)
        {
            text.Append(' ', depth * 2);
            switch (node)
            {
                case YamlScalar scalar:
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"scalar {scalar.Location} plain={scalar.IsPlain} text@{scalar.TextLocation} [{scalar.Value}]\n");
                    break;
                case YamlSequence sequence:
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"sequence {sequence.Location}\n");
                    foreach (var item in sequence.Items)
                    {
                        Write(item, depth + 1);
                    }

                    break;
                case YamlMapping mapping:
                    text.Append(System.Globalization.CultureInfo.InvariantCulture, $"mapping {mapping.Location}\n");
                    foreach (var (key, value) in mapping.Entries)
                    {
                        Write(key, depth + 1);
                        Write(value, depth + 2);
                    }

                    break;
            }
        }
    }
}
