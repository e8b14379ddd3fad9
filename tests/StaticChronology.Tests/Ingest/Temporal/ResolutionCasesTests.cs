using System.Globalization;
using StaticChronology.Dates;
using StaticChronology.Ingest.Temporal;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>The whole layer, tagging, tense and resolution, over the golden cases of Cases/resolution.txt.</summary>
public sealed class ResolutionCasesTests
{
    private static readonly string CasesFile =
        Path.Combine(Repository.Root, "tests", "StaticChronology.Tests", "Ingest", "Temporal", "Cases", "resolution.txt");

    public static TheoryData<string> Cases() => [.. CaseLines()];

    private static IEnumerable<string> CaseLines() =>
        File.ReadAllLines(CasesFile).Where(line => line.Length > 0 && !line.StartsWith('#'));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_resolves_as_written(string line)
    {
        var fields = line.Split(" | ");
        Assert.Equal(5, fields.Length);
        var publication = DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var marked = fields[1];
        var start = marked.IndexOf('[', StringComparison.Ordinal);
        var end = marked.IndexOf(']', StringComparison.Ordinal);
        var sentence = marked.Remove(end, 1).Remove(start, 1);
        var expectedText = marked[(start + 1)..end];
        var kind = Enum.Parse<MentionKind>(fields[2]);

        var mentions = TemporalTagger.Tag(sentence);
        var mention = Assert.Single(mentions, m => m.Start == start);
        Assert.Equal(expectedText, mention.Text);
        Assert.Equal(kind, mention.Kind);

        var resolved = TemporalResolver.Resolve(mention, TenseDetector.For(sentence, mention), publication);

        Assert.NotNull(resolved);
        Assert.Equal(fields[3], resolved.Edtf);
        Assert.Equal(fields[4] == "event", resolved.IsEventDate);
        Assert.True(EdtfParser.TryParse(resolved.Edtf, out _, out var error), error?.Message);
        Assert.Contains("\"" + mention.Text + "\"", resolved.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cases_cover_every_kind()
    {
        var kinds = CaseLines().Select(line => Enum.Parse<MentionKind>(line.Split(" | ")[2])).ToHashSet();

        Assert.All(Enum.GetValues<MentionKind>(), kind => Assert.Contains(kind, kinds));
    }
}
