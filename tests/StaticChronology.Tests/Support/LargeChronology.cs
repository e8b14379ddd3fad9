using System.Globalization;
using System.Text;

namespace StaticChronology.Tests.Support;

/// <summary>
/// Writes a large, valid chronology for measuring page weight: entries spread over a quarter-century, each
/// citing one of a few hundred sources with a quote taken from that source's text, with people, places,
/// organisations and tags drawn in a fixed pattern so the same count always gives the same files.
/// </summary>
public static class LargeChronology
{
    private static readonly string[] Verbs = ["meets", "warns", "calls", "visits", "rejects", "proposes", "condemns", "welcomes"];
    private static readonly string[] Topics = ["sanctions", "security guarantees", "troop movements", "gas supplies", "talks in Geneva", "arms deliveries"];

    public static void Write(string root, int entries)
    {
        const int People = 200, Places = 60, Organizations = 40, Sources = 400, Tags = 24;
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["input/chronology.yml"] = "title: A large chronology\ndescription: Generated to measure page weight.\nbase_url: https://chronology.test/\nlanguage: en\n",
            ["input/people.yml"] = Registry("person", "Person", People),
            ["input/places.yml"] = Registry("place", "Place", Places),
            ["input/organizations.yml"] = Registry("organisation", "Organisation", Organizations),
        };

        for (var s = 0; s < Sources; s++)
        {
            var id = Inv($"report-{s:D3}");
            files[$"seeds/{id}.txt"] = string.Concat(Enumerable.Range(0, 8).Select(i => Sentence(s, i) + " "));
            files[$"input/sources/{id}.yml"] = Inv($"id: {id}\ntitle: Report number {s}\noutlet: The Daily Record\npublished: {Day(s * 23):yyyy-MM-dd}\npublished_basis: stated\nlanguage: en\nseed: seeds/{id}.txt\n");
        }

        for (var e = 0; e < entries; e++)
        {
            var date = Day(e * 9131 / Math.Max(entries, 1) + (e % 3));
            var id = Inv($"{date:yyyy-MM-dd}-event-{e:D5}");
            var source = e % Sources;
            var text = new StringBuilder();
            text.Append(Inv($"date: {date:yyyy-MM-dd}\n"));
            text.Append(Inv($"title: Person {e % People} {Verbs[e % Verbs.Length]} over {Topics[e % Topics.Length]}\n"));
            text.Append(Inv($"summary: Person {e % People} {Verbs[e % Verbs.Length]} Person {(e * 7 + 3) % People} over {Topics[e % Topics.Length]}, as reported in report {source}. Both sides said more talks would follow.\n"));
            text.Append(e % 17 == 0 ? "status: planned\n" : string.Empty);
            text.Append(Inv($"people: [person-{e % People:D3}, person-{(e * 7 + 3) % People:D3}]\n"));
            text.Append(Inv($"places: [place-{e % Places:D3}]\n"));
            text.Append(Inv($"organizations: [organisation-{e % Organizations:D3}]\n"));
            text.Append(Inv($"tags: [topic-{e % Tags:D2}]\n"));
            text.Append(Inv($"sources:\n  - source: report-{source:D3}\n    quote: \"{Sentence(source, e % 8)}\"\n    said_by: person-{e % People:D3}\n"));
            files[$"input/entries/{date:yyyy}/{id}.yml"] = text.ToString();
        }

        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
    }

    private static string Registry(string prefix, string label, int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => Inv($"- id: {prefix}-{i:D3}\n  name: {label} {i}\n")));

    private static string Sentence(int source, int index) =>
        Inv($"Officials from side {source} said on day {index} that {Topics[(source + index) % Topics.Length]} were discussed at length.");

    private static DateOnly Day(int offset) => new DateOnly(2000, 1, 3).AddDays(offset);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
