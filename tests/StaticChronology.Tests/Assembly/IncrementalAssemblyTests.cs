using System.Collections.Immutable;
using System.Globalization;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Tests.Assembly;

/// <summary>Entries changed in place are put into the last chronology; the result equals a full assembly of the same input.</summary>
public sealed class IncrementalAssemblyTests
{
    private static readonly string[] People = ["ann", "bob", "cy", "nobody"];
    private static readonly string[] Tags = ["talks", "sanctions", "aid"];
    private static readonly string[] Sources = ["s", "t", "missing"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_changes_in_place_assemble_as_a_full_run_does(int seed)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, 40).Select(i => Entry(random, i, Date(random))).ToImmutableArray();
        var input = Input(entries);
        var assembler = new IncrementalAssembler(_ => null);
        AssertSame(input, assembler, "first");
        var inPlace = 0;

        for (var step = 0; step < 60; step++)
        {
            var i = random.Next(entries.Length);
            var moves = random.Next(8) == 0;
            var changed = Entry(random, i, moves ? Date(random) : entries[i].Date.Text);
            entries = entries.SetItem(i, changed);
            input = input with { Entries = entries };
            AssertSame(input, assembler, string.Create(CultureInfo.InvariantCulture, $"seed {seed}, step {step}, entry {i}"));
            inPlace += assembler.Updated is null ? 0 : 1;
        }

        // Most changes keep the date, and most of those keep the entry's place: the update, not the full run, was tested.
        Assert.InRange(inPlace, 30, 60);
    }

    [Fact]
    public void A_change_that_keeps_the_entry_in_place_updates_only_that_entry()
    {
        var random = new Random(9);
        var entries = Enumerable.Range(0, 10).Select(i => Entry(random, i, "2022-01-" + (i + 10).ToString(CultureInfo.InvariantCulture))).ToImmutableArray();
        var assembler = new IncrementalAssembler(_ => null);
        var first = Input(entries);
        assembler.Assemble(first, includeDrafts: false, new DiagnosticBag());

        var input = first with { Entries = entries.SetItem(3, entries[3] with { Title = "Retitled", Tags = [Reference("aid")] }) };
        var chronology = assembler.Assemble(input, includeDrafts: false, new DiagnosticBag());

        Assert.Equal(1, assembler.Updated);
        Assert.Equal("Retitled", chronology.EntryById("e03").Title);
        Assert.Contains(chronology.ByTag["aid"], e => e.Id == "e03");
    }

    private static void AssertSame(SiteInput input, IncrementalAssembler assembler, string when)
    {
        var fullBag = new DiagnosticBag();
        var full = new ChronologyAssembler(_ => null).Assemble(input, includeDrafts: false, fullBag);
        var bag = new DiagnosticBag();
        var incremental = assembler.Assemble(input, includeDrafts: false, bag);

        Assert.Equal(fullBag.ToSortedArray().Select(d => d.ToString()), bag.ToSortedArray().Select(d => d.ToString()));
        Assert.Equal(full.Entries.Select(Describe), incremental.Entries.Select(Describe));
        Assert.Equal(full.Tags.Select(t => t.Id), incremental.Tags.Select(t => t.Id));
        Assert.Equal(full.Years.Select(Describe), incremental.Years.Select(Describe));
        foreach (var (name, a, b) in new[]
        {
            ("people", full.ByPerson, incremental.ByPerson),
            ("places", full.ByPlace, incremental.ByPlace),
            ("organisations", full.ByOrganization, incremental.ByOrganization),
            ("tags", full.ByTag, incremental.ByTag),
            ("sources", full.BySource, incremental.BySource),
        })
        {
            Assert.Equal(Describe(a), Describe(b));
            Assert.True(a.All(p => p.Value.Select(Describe).SequenceEqual(b[p.Key].Select(Describe))), $"{when}: {name}");
        }

        Assert.Equal(
            full.Backlinks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(' ', p.Value.Select(l => l.From.Id + "/" + l.Relation))),
            incremental.Backlinks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(' ', p.Value.Select(l => l.From.Id + "/" + l.Relation))));
        Assert.True(full.Backlinks.All(p => p.Value.Select(l => Describe(l.From)).SequenceEqual(incremental.Backlinks[p.Key].Select(l => Describe(l.From)))), when + ": backlinks");
    }

    /// <summary>Records compare their arrays by reference, so entries are compared by what they say.</summary>
    private static string Describe(Entry entry) => string.Join('|',
        entry.Id, entry.Title, entry.Date.Text, string.Join(' ', entry.People.Select(r => r.Id)), string.Join(' ', entry.Tags.Select(r => r.Id)),
        string.Join(' ', entry.Sources.Select(c => c.Source.Id + "/" + c.SaidBy?.Id)), string.Join(' ', entry.Related.Select(r => r.Entry.Id + "/" + r.Relation)));

    private static IEnumerable<string> Describe(ImmutableDictionary<string, ImmutableArray<Entry>> index) =>
        index.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + string.Join(' ', p.Value.Select(e => e.Id)));

    private static string Describe(YearGroup year) =>
        year.Year.ToString(CultureInfo.InvariantCulture) + " [" + string.Join(' ', year.YearOnly.Select(e => e.Id)) + "] "
        + string.Join(' ', year.Months.Select(m => m.Month.ToString(CultureInfo.InvariantCulture) + ":" + string.Join(',', m.Entries.Select(e => e.Id))));

    private static SiteInput Input(ImmutableArray<Entry> entries)
    {
        var sources = ImmutableArray.Create(
            new Source("s", SourceLocation.FileStart("s.yml"), "S", null, EdtfParser.Parse("2022-01-21"), PublishedBasis.Stated, null, "en", null, "seeds/s.txt", null),
            new Source("t", SourceLocation.FileStart("t.yml"), "T", null, EdtfParser.Parse("2022-01-02"), PublishedBasis.Stated, null, "en", null, "seeds/t.txt", null));
        ImmutableArray<RegistryItem> people = [.. People.Take(3).Select(id => new RegistryItem(RegistryKind.Person, id, SourceLocation.FileStart("people.yml"), id.ToUpperInvariant(), [], null, null))];
        return new SiteInput(new ChronologySettings("T", null, "https://x.test/", "en", null), entries, sources, people, [], [], [], []);
    }

    private static string Date(Random random) => random.Next(3) switch
    {
        0 => "2022",
        1 => string.Create(CultureInfo.InvariantCulture, $"2022-{random.Next(1, 4):D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"2022-{random.Next(1, 4):D2}-{random.Next(1, 29):D2}"),
    };

    private static Entry Entry(Random random, int i, string date)
    {
        var id = "e" + i.ToString("D2", CultureInfo.InvariantCulture);
        var at = SourceLocation.FileStart(id + ".yml");
        var related = Enumerable.Range(0, random.Next(3))
            .Select(_ => new RelatedLink(Reference("e" + random.Next(45).ToString("D2", CultureInfo.InvariantCulture)), (Relation)random.Next(5)));
        return new Entry(id, at, EdtfParser.Parse(date), "Title " + random.Next(1000).ToString(CultureInfo.InvariantCulture), string.Empty, at, EntryStatus.Occurred,
            [.. Pick(random, People).Select(Reference)], [], [], [.. Pick(random, Tags).Select(Reference)],
            [.. Pick(random, Sources).Select(s => new Citation(Reference(s), null, random.Next(3) == 0 ? Reference(People[random.Next(People.Length)]) : null))],
            [], [.. related], false);
    }

    private static IEnumerable<string> Pick(Random random, string[] ids) => ids.Where(_ => random.Next(3) == 0);

    private static Reference Reference(string id) => new(id, SourceLocation.FileStart("ref.yml"));
}
