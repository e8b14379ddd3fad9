using System.Collections.Immutable;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Tests.Assembly;

/// <summary>Entries sort by earliest bound, then latest bound, then id: a total order, whatever order they were read in.</summary>
public sealed class OrderingTests
{
    [Fact]
    public void Entries_sort_by_earliest_then_latest_then_id()
    {
        var expected = new[]
        {
            ("b", "2021-12"),
            ("a", "2021-12-17"),
            ("z", "2021-12-17"),
            ("c", "2021-12-17/2021-12-20"),
            ("e", "2022-01-XX"),
            ("d", "2022"),
            ("f", "2022-01-10~"),
        };
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var shuffled = expected.OrderBy(_ => random.Next()).Select(x => Entry(x.Item1, x.Item2)).ToImmutableArray();
            var chronology = Assemble(shuffled);
            Assert.Equal(expected.Select(x => x.Item1), chronology.Entries.Select(e => e.Id));
        }
    }

    [Fact]
    public void Year_precision_entries_are_listed_under_the_year_and_the_rest_under_their_month()
    {
        var chronology = Assemble([Entry("y", "2022"), Entry("m", "2022-01"), Entry("d", "2022-02-03"), Entry("open", "../2022-02-20")]);
        var year = Assert.Single(chronology.Years);
        Assert.Equal(["y"], year.YearOnly.Select(e => e.Id));
        Assert.Equal([1, 2], year.Months.Select(m => m.Month));
        // An open start sorts before every known one; it is filed under the month of its end.
        Assert.Equal(["open", "d"], year.Months[1].Entries.Select(e => e.Id));
    }

    [Fact]
    public void Previous_and_next_follow_the_order()
    {
        var chronology = Assemble([Entry("late", "2022-01-21"), Entry("early", "2022-01-07"), Entry("middle", "2022-01-10")]);
        var middle = chronology.EntryById("middle");
        Assert.Equal("early", chronology.Previous(middle)!.Id);
        Assert.Equal("late", chronology.Next(middle)!.Id);
        Assert.Null(chronology.Previous(chronology.EntryById("early")));
        Assert.Null(chronology.Next(chronology.EntryById("late")));
    }

    private static Chronology Assemble(ImmutableArray<Entry> entries)
    {
        var source = new Source("s", SourceLocation.FileStart("s.yml"), "S", null, EdtfParser.Parse("2022-01-21"), PublishedBasis.Stated, null, "en", null, "seeds/s.txt", null);
        var input = new SiteInput(new ChronologySettings("T", null, "https://x.test/", "en", null), entries, [source], [], [], [], [], []);
        var bag = new DiagnosticBag();
        var chronology = new ChronologyAssembler(_ => null).Assemble(input, includeDrafts: false, bag);
        Assert.Empty(bag.ToSortedArray());
        return chronology;
    }

    private static Entry Entry(string id, string date)
    {
        var at = SourceLocation.FileStart(id + ".yml");
        return new Entry(id, at, EdtfParser.Parse(date), id, string.Empty, at, EntryStatus.Occurred, [], [], [], [],
            [new Citation(new Reference("s", at), null, null)], [], [], false);
    }
}
