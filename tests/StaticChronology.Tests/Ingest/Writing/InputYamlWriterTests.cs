using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Writing;
using StaticChronology.Loading;
using StaticChronology.Model;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest.Writing;

/// <summary>What the ingest writes reads back, with the strict reader, as exactly the model it wrote.</summary>
public sealed class InputYamlWriterTests
{
    private static readonly SiteInput Repository = new InputLoader(Support.Repository.Input, Support.Repository.Root).Load(new DiagnosticBag())!;

    public static TheoryData<string> EntryIds() => [.. Repository.Entries.Select(e => e.Id).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void Every_repository_entry_round_trips(string id)
    {
        var entry = Repository.Entries.Single(e => e.Id == id);
        var text = InputYamlWriter.Entry(entry);
        var bag = new DiagnosticBag();

        var back = EntryReader.Read(new SourceText("x.yml", text), id, bag);

        Assert.Empty(bag.ToSortedArray());
        Assert.Equal(Describe(entry), Describe(back!));
    }

    [Fact]
    public void Every_repository_source_round_trips()
    {
        foreach (var source in Repository.Sources)
        {
            var bag = new DiagnosticBag();
            var back = SourceReader.Read(new SourceText("x.yml", InputYamlWriter.Source(source, "check the date")), source.Id, bag);
            Assert.Empty(bag.ToSortedArray());
            Assert.Equal(
                (source.Title, source.Published.Text, source.PublishedBasis, source.PublishedNote, source.Seed, source.TranslatedFrom),
                (back!.Title, back.Published.Text, back.PublishedBasis, back.PublishedNote, back.Seed, back.TranslatedFrom));
        }
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("yes")]
    [InlineData("1.10")]
    [InlineData("- a dash first")]
    [InlineData("key: value")]
    [InlineData("a # not a comment")]
    [InlineData("“curly” and \"straight\" quotes, back\\slash")]
    [InlineData("non\u00A0breaking")]
    [InlineData("  padded  ")]
    [InlineData("{{ template }}")]
    public void Scalars_read_back_as_the_same_text(string value)
    {
        var bag = new DiagnosticBag();
        var root = (YamlMapping)StrictYamlReader.Read(new SourceText("x.yml", "title: " + YamlText.Scalar(value) + "\n"), bag)!;
        Assert.Equal(value, ((YamlScalar)root.Entries[0].Value).Value);
    }

    [Fact]
    public void The_generated_marker_detects_any_edit()
    {
        var text = GeneratedFile.Compose("seeds/a.txt", "title: A\n");
        Assert.True(GeneratedFile.IsUnedited(text));
        Assert.False(GeneratedFile.IsUnedited(text.Replace("title: A", "title: B", StringComparison.Ordinal)));
        Assert.False(GeneratedFile.IsUnedited(text + "# note\n"));
        Assert.False(GeneratedFile.IsUnedited("title: A\n"));
    }

    private static string Describe(Entry entry) =>
        ModelText.Describe(new SiteInput(new ChronologySettings("t", null, "https://x.test/", "en", null), [entry], [], [], [], [], [], []))
            .Split('\n')
            .Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"(?:@|Location = )[^ ,}]*:\d+:\d+", "@"))
            .Aggregate((a, b) => a + "\n" + b);
}
