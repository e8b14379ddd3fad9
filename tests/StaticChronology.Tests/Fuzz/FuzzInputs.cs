using System.Text;
using CsCheck;

namespace StaticChronology.Tests.Fuzz;

/// <summary>Generators of random and mutated input: whole files of YAML and Markdown built from the tokens that matter to each parser.</summary>
public static class FuzzInputs
{
    internal static readonly string[] YamlTokens =
    [
        ": ", "- ", "-", ":", "\n", "\n  ", "\n    ", "  ", "\t", "#", "'", "\"", "''", "\\\"", "[", "]", "{", "}", ",", "?", "? ",
        "&a ", "*a", "<<: ", "!!binary ", "!x ", "!<tag:x> ", "---\n", "...\n", "%YAML 1.2\n", "|", ">", "|-", ">+", "|2",
        "~", "null", "NO", "yes", "0x1F", "1.10", ".inf", "2022-02-30", "2022-01-21", "2022-01/..", "@", "`",
        "date", "title", "summary", "sources", "source", "quote", "people", "related", "annotations", "kind", "text", "entry",
        "\u0000", "\u0007", "\u0085", "\u2028", "\uFEFF", "\r", "\r\n", "é", "\U0001F600", "\uD800",
    ];

    private static readonly string[] MarkdownTokens =
    [
        "[", "]", "(", ")", "](", "![", "<", ">", "`", "```", "~~~", "> ", "- ", "* ", "1. ", "2) ", "#", "# ", "\n", "\n\n", " ", "    ",
        "*", "**", "_", "__", "\\", "&", "&#106;", "&#x3A;", "&colon;", "&#0;", "&lt;", "\"", "'", "{", "}", "=", "|", "---", "===",
        "javascript:", "JaVaScRiPt:", "java\tscript:", "vbscript:", "data:text/html,", "file:///", "http://a.example/", "https://b.example/x?y=1#z",
        "mailto:a@b.example", "//evil.example/", "<script>", "</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
        "<iframe>", "<noscript><p title=\"</noscript><img>\">", "<math><style>", "onerror=", "onclick=alert(1)", "{#id .c onclick=x}",
        "[r]: ", "[r]", "\"title\"", "alert(1)", "x", "text", "é", "\U0001F600", "\u00A0", "\t",
    ];

    /// <summary>A valid entry, the starting point for mutations.</summary>
    public const string ValidEntry =
        """
        date: 2022-01-21
        title: Blinken and Lavrov meet in Geneva
        summary: |
          They met in **Geneva** and [talked](https://example.org/).
        status: occurred
        people: [antony-blinken]
        tags: [diplomacy]
        sources:
          - source: geneva-talks
            quote: "when they met on Jan. 21 in Geneva"
        annotations:
          - kind: note
            text: A note.
        related:
          - entry: 2022-01-20-x
            relation: follows

        """;

    public static readonly Gen<string> Yaml = Gen.Frequency(
        (3, Mutated(ValidEntry, YamlTokens)),
        (2, Concatenated(YamlTokens, 60)),
        (1, Gen.String[0, 400]));

    public static readonly Gen<string> Markdown = Gen.Frequency(
        (3, Concatenated(MarkdownTokens, 80)),
        (1, Mutated("See [the report](https://example.org/a \"t\") and <https://example.org/b>.\n\n> quoted *text*\n\n- item\n", MarkdownTokens)),
        (1, Gen.String[0, 300]));

    /// <summary>Raw bytes for the decoder: mostly text, with stray bytes, byte order marks and truncated sequences.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.Frequency(
        (3, Yaml.Select(s => Encoding.UTF8.GetBytes(s))),
        (1, Gen.Byte.Array[0, 300]),
        (1, Gen.Select<string, byte[], int, byte[]>(Yaml, Gen.Byte.Array[1, 4], Gen.Int[0, 1000], (text, junk, at) =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            var cut = bytes.Length == 0 ? 0 : at % bytes.Length;
            return [.. bytes[..cut], .. junk, .. bytes[cut..]];
        })));

    private static Gen<string> Concatenated(string[] tokens, int maxCount) =>
        Gen.OneOf(tokens).Array[0, maxCount].Select(parts => string.Concat(parts));

    /// <summary>A text with a few random edits: tokens inserted, spans deleted, lines duplicated or swapped.</summary>
    internal static Gen<string> Mutated(string seed, string[] tokens) =>
        Gen.Select(Gen.Int[0, 3].Array[1, 6], Gen.Int[0, 10_000].Array[6], Gen.OneOf(tokens).Array[6], (ops, positions, inserts) =>
        {
            var text = seed;
            for (var i = 0; i < ops.Length; i++)
            {
                var at = text.Length == 0 ? 0 : positions[i] % text.Length;
                switch (ops[i])
                {
                    case 0:
                        text = text.Insert(at, inserts[i]);
                        break;
                    case 1:
                        text = text.Remove(at, Math.Min(1 + (positions[(i + 1) % 6] % 12), text.Length - at));
                        break;
                    case 2:
                        var lines = text.Split('\n').ToList();
                        var line = positions[i] % lines.Count;
                        lines.Insert(line, lines[line]);
                        text = string.Join('\n', lines);
                        break;
                    default:
                        var all = text.Split('\n');
                        var a = positions[i] % all.Length;
                        var b = positions[(i + 1) % 6] % all.Length;
                        (all[a], all[b]) = (all[b], all[a]);
                        text = string.Join('\n', all);
                        break;
                }
            }

            return text;
        });
}
