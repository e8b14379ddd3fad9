using System.Diagnostics;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;

namespace StaticChronology.Tests.Loading;

/// <summary>Files built to exhaust a parser fail fast, in flat memory, and the process survives them.</summary>
public sealed class YamlBombTests
{
    private const string Path = "input/entries/2022/2022-01-21-x.yml";

    public static TheoryData<string, string> Bombs()
    {
        var laughs = new List<string> { "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]" };
        for (var level = 'b'; level <= 'z'; level++)
        {
            laughs.Add($"{level}: &{level} [{string.Join(",", Enumerable.Repeat("*" + (char)(level - 1), 9))}]");
        }

        // The same expansion with the anchor placed after a large harmless prefix, so refusing it costs a real scan.
        var late = string.Concat(Enumerable.Range(0, 5_000).Select(i => $"k{i}: value {i}\n")) + string.Join("\n", laughs) + "\n";
        return new()
        {
            { "billion laughs", string.Join("\n", laughs) + "\n" },
            { "billion laughs after 5000 keys", late },
            { "aliases without anchors", string.Concat(Enumerable.Repeat("- *a\n", 50_000)) },
            { "nesting 10000 deep", new string('[', 10_000) + new string(']', 10_000) },
            { "mapping keys nested 10000 deep", string.Concat(Enumerable.Repeat("? ", 10_000)) + "x" },
        };
    }

    [Theory]
    [MemberData(nameof(Bombs))]
    public void A_bomb_is_refused_with_a_position_in_under_a_second_and_flat_memory(string name, string text)
    {
        // Once for the JIT, then measured.
        StrictYamlReader.Read(new SourceText(Path, text), new DiagnosticBag());
        var bag = new DiagnosticBag();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var root = StrictYamlReader.Read(new SourceText(Path, text), bag);

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Assert.Null(root);
        var error = Assert.Single(bag.ToSortedArray());
        Assert.True(error.IsError, name);
        Assert.Contains(error.Code, new[] { DiagnosticCodes.AnchorOrAlias, DiagnosticCodes.NestingTooDeep, DiagnosticCodes.YamlSyntax });
        Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{name} took {clock.Elapsed}");
        // Flat: a small multiple of the text itself, nothing like the expansion (9^26 strings).
        Assert.True(allocated < 64L * 1024 * 1024 + (20L * text.Length), $"{name} allocated {allocated} bytes");
    }
}
