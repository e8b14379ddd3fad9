using StaticChronology.Dates;

namespace StaticChronology.Tests.Dates;

public class EdtfComparerTests
{
    // Already in the expected order.
    private static readonly string[] Sorted =
    [
        "../2022-02-20",
        "/2022-02-20",
        "20XX",
        "201X",
        "2021-12-30/2022-01-02",
        "2022-01-01",
        "2022-01-01T08:00",
        "2022-01-01T19:12",
        "2022-01",
        "2022-01-XX",
        "2022-01?",
        "2022-01~",
        "2022",
        "2022-02-10/2022-02-20",
        "2022-02-10/",
        "2022-02-10/..",
        "2023-05-01",
    ];

    [Fact]
    public void Shuffled_lists_always_sort_to_the_same_order()
    {
        var values = Sorted.Select(EdtfParser.Parse).ToList();
        var random = new Random(20220121);
        for (var round = 0; round < 50; round++)
        {
            var shuffled = values.OrderBy(_ => random.Next()).ToList();
            shuffled.Sort(EdtfComparer.Instance);
            Assert.Equal(Sorted, shuffled.Select(v => v.Text));
        }
    }

    [Fact]
    public void Order_is_total_antisymmetric_and_transitive()
    {
        var values = Sorted.Select(EdtfParser.Parse).Append(EdtfParser.Parse("2022-01-01")).ToArray();
        var comparer = EdtfComparer.Instance;
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                var ab = comparer.Compare(a, b);
                Assert.Equal(Math.Sign(ab), -Math.Sign(comparer.Compare(b, a)));
                Assert.Equal(a.Text == b.Text, ab == 0);
                foreach (var c in values)
                {
                    if (ab <= 0 && comparer.Compare(b, c) <= 0)
                    {
                        Assert.True(comparer.Compare(a, c) <= 0, $"{a.Text} <= {b.Text} <= {c.Text}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Orders_by_earliest_then_latest()
    {
        var comparer = EdtfComparer.Instance;
        Assert.True(comparer.Compare(EdtfParser.Parse("2021-12-31"), EdtfParser.Parse("2022")) < 0);
        Assert.True(comparer.Compare(EdtfParser.Parse("2022-01"), EdtfParser.Parse("2022")) < 0);
        Assert.True(comparer.Compare(EdtfParser.Parse("2022-01-01"), EdtfParser.Parse("2022-01")) < 0);
        Assert.True(comparer.Compare(EdtfParser.Parse("../1900"), EdtfParser.Parse("0002")) < 0);

        // An open start is DateOnly.MinValue, the first day of year 0001, so it ties with 0001 on Earliest.
        Assert.True(comparer.Compare(EdtfParser.Parse("../1900"), EdtfParser.Parse("0001")) > 0);
        Assert.True(comparer.Compare(EdtfParser.Parse("9999"), EdtfParser.Parse("2022/..")) > 0);
    }

    [Fact]
    public void Ties_on_both_bounds_are_broken_by_ordinal_text()
    {
        var comparer = EdtfComparer.Instance;
        Assert.True(comparer.Compare(EdtfParser.Parse("2022-01?"), EdtfParser.Parse("2022-01~")) < 0);
        Assert.True(comparer.Compare(EdtfParser.Parse("2022-01-21T19:12"), EdtfParser.Parse("2022-01-21T08:00")) > 0);
        Assert.True(comparer.Compare(EdtfParser.Parse("2022-XX"), EdtfParser.Parse("2022")) > 0);
    }

    [Fact]
    public void Nulls_sort_first()
    {
        var value = EdtfParser.Parse("2022");
        Assert.True(EdtfComparer.Instance.Compare(null, value) < 0);
        Assert.True(EdtfComparer.Instance.Compare(value, null) > 0);
        Assert.Equal(0, EdtfComparer.Instance.Compare(null, null));
    }
}
