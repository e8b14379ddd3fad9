using System.Reflection;
using System.Text.RegularExpressions;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Architecture;

/// <summary>docs/hostile-inputs.md names, for every case, tests that exist.</summary>
public sealed partial class HostileInputsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Repository.Root, "docs/hostile-inputs.md"));

    [Fact]
    public void Every_test_named_here_exists()
    {
        var tests = typeof(HostileInputsDocTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttributes<FactAttribute>().Any()).Select(m => t.Name + "." + m.Name))
            .ToHashSet(StringComparer.Ordinal);
        var named = TestReference().Matches(Doc).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(named.Count > 80, "the document should name the tests of every case");
        var missing = named.Where(n => !tests.Contains(n)).ToList();
        Assert.True(missing.Count == 0, "no such test: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_case_from_1_to_36_and_43_to_47_has_a_row_with_a_test()
    {
        var rows = Row().Matches(Doc).ToDictionary(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m => m.Value);
        foreach (var item in Enumerable.Range(1, 36).Concat(Enumerable.Range(43, 5)))
        {
            Assert.True(rows.TryGetValue(item, out var row), $"case {item} has no row");
            Assert.Matches(TestReference(), row);
        }
    }

    [GeneratedRegex(@"`([A-Z][A-Za-z]+Tests\.[A-Z][A-Za-z0-9_]+)`")]
    private static partial Regex TestReference();

    [GeneratedRegex(@"(?m)^\| (\d+) \|.*$")]
    private static partial Regex Row();
}
