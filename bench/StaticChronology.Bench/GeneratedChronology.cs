using System.Globalization;
using System.Text;

namespace StaticChronology.Bench;

/// <summary>
/// A large chronology made from the repository's own: its settings, registries, sources, pages, seeds and
/// theme, plus generated entries spread over 35 years, each citing real sources and naming real people,
/// places and organisations, some linked to an earlier entry.
/// </summary>
internal sealed class GeneratedChronology : IDisposable
{
    private readonly string[] _people;
    private readonly string[] _places;
    private readonly string[] _organizations;
    private readonly string[] _sources;

    public GeneratedChronology(string repository, int count)
    {
        Root = Path.Combine(Path.GetTempPath(), "chrono-bench-" + Guid.NewGuid().ToString("N"));
        Copy(Path.Combine(repository, "input"), InputRoot, skip: "entries");
        Copy(Path.Combine(repository, "seeds"), Path.Combine(Root, "seeds"), skip: null);
        Copy(Path.Combine(repository, "theme"), ThemeRoot, skip: null);
        _people = Ids(Path.Combine(InputRoot, "people.yml"));
        _places = Ids(Path.Combine(InputRoot, "places.yml"));
        _organizations = Ids(Path.Combine(InputRoot, "organizations.yml"));
        _sources = [.. Directory.EnumerateFiles(Path.Combine(InputRoot, "sources"), "*.yml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).OfType<string>()];
        var random = new Random(20220124);
        for (var i = 0; i < count; i++)
        {
            var path = PathOf(i);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, EntryText(i, random, "Event " + i.ToString(CultureInfo.InvariantCulture) + " of the generated chronology"));
        }
    }

    public string Root { get; }

    public string InputRoot => Path.Combine(Root, "input");

    public string ThemeRoot => Path.Combine(Root, "theme");

    public static string IdOf(int i) => string.Create(CultureInfo.InvariantCulture, $"{Date(i)}-event-{i:D5}");

    public static string TagOf(int i) => "tag-" + (i % 60).ToString(CultureInfo.InvariantCulture);

    public string PathOf(int i) => Path.Combine(InputRoot, "entries", Date(i)[..4], IdOf(i) + ".yml");

    public string EntryText(int i, Random random, string title)
    {
        var text = new StringBuilder();
        text.Append("date: ").Append(Date(i)).Append('\n');
        text.Append("title: ").Append(title).Append('\n');
        text.Append("summary: |\n  Generated entry ").Append(i.ToString(CultureInfo.InvariantCulture))
            .Append(" reports a meeting with **several** participants. It names people, places and organisations, and cites its sources.\n");
        text.Append("people: [").Append(Pick(_people, random, 2)).Append("]\n");
        text.Append("places: [").Append(Pick(_places, random, 1)).Append("]\n");
        text.Append("organizations: [").Append(Pick(_organizations, random, 1)).Append("]\n");
        text.Append("tags: [").Append(TagOf(i)).Append("]\n");
        text.Append("sources:\n  - ").Append(_sources[i % _sources.Length]).Append('\n');
        text.Append("annotations:\n  - kind: context\n    text: Written by the benchmark's generator.\n");
        if (i > 0 && i % 7 == 0)
        {
            text.Append("related:\n  - entry: ").Append(IdOf(i - 1)).Append("\n    relation: follows\n");
        }

        return text.ToString();
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>Dates spread evenly over 1990–2024: every year, month and many days have entries.</summary>
    private static string Date(int i) =>
        string.Create(CultureInfo.InvariantCulture, $"{1990 + (i % 35)}-{1 + ((i / 35) % 12):D2}-{1 + ((i / 420) % 28):D2}");

    private static string Pick(string[] ids, Random random, int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(_ => ids[random.Next(ids.Length)]).Distinct(StringComparer.Ordinal));

    private static string[] Ids(string registry) =>
        [.. File.ReadLines(registry).Where(l => l.StartsWith("- id: ", StringComparison.Ordinal)).Select(l => l["- id: ".Length..].Trim())];

    private static void Copy(string from, string to, string? skip)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (skip is not null && relative.StartsWith(skip + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
