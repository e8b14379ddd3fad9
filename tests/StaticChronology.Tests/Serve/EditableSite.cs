using System.Globalization;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Pipeline;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Serve;

/// <summary>
/// The small site with a copy of the theme, and random edits of the kinds a contributor makes: entries added,
/// changed, renamed, deleted, made drafts or broken and fixed, and templates changed. Each edit returns the
/// paths it touched, as a file watcher would report them.
/// </summary>
internal sealed class EditableSite : IDisposable
{
    private static readonly string[] People = ["antony-blinken", "sergey-lavrov", "dmytro-kuleba"];
    private static readonly string[] Tags = ["diplomacy", "security-guarantees", "sanctions", "talks", "nato-enlargement"];
    private static readonly string[] Layouts = ["entry.html", "home.html", "month.html", "term.html"];
    private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _dates = new(StringComparer.Ordinal);
    private readonly HashSet<string> _broken = new(StringComparer.Ordinal);
    private int _counter;

    public EditableSite(int seed)
    {
        Random = new Random(seed);
        Fixture = new SiteFixture(SmallSite.Files(), theme: null);
        CopyFolder(Repository.Theme, ThemeRoot);
    }

    /// <summary>The small site with <paramref name="entries"/> generated entries added.</summary>
    public EditableSite(int seed, int entries)
        : this(seed)
    {
        for (var i = 0; i < entries; i++)
        {
            AddEntry();
        }
    }

    public Random Random { get; }

    public SiteFixture Fixture { get; }

    public string ThemeRoot => Fixture.Combine("theme");

    /// <summary>Ids of the entries the edits made, which only they change, rename and delete.</summary>
    public List<string> Generated { get; } = [];

    public BuildOptions Options(bool preview) =>
        new(Fixture.InputRoot, ThemeRoot, Fixture.OutputRoot, Fixture.Root, "http://127.0.0.1:5080/", WriteOutput: false, IncludeDrafts: preview);

    public string TitleOf(string id) => _titles[id];

    /// <summary>The site's chronology as the preview assembles it, drafts included.</summary>
    public Chronology Assemble()
    {
        var diagnostics = new DiagnosticBag();
        var loader = new InputLoader(Fixture.InputRoot, Fixture.Root);
        var input = loader.Load(diagnostics) ?? throw new InvalidOperationException("the site did not load");
        string? ReadSeed(string seed) => File.Exists(Path.Combine(loader.RepositoryRoot, seed)) ? File.ReadAllText(Path.Combine(loader.RepositoryRoot, seed)) : null;
        return new ChronologyAssembler(ReadSeed).Assemble(input, includeDrafts: true, diagnostics);
    }

    public (string What, List<string> Changed) RandomEdit()
    {
        var roll = Random.Next(100);
        if (Generated.Count == 0 || roll < 25)
        {
            return ("add", [AddEntry()]);
        }

        var id = Generated[Random.Next(Generated.Count)];
        return roll switch
        {
            < 50 => ("change " + id, [WriteEntry(id, Year(id))]),
            < 54 => ("title " + id, [ChangeTitle(id)]),
            < 58 => ("references of " + id, [WriteEntry(id, Year(id), _dates[id])]),
            < 68 => Rename(id),
            < 76 => ("delete " + id, [Delete(id)]),
            < 84 => ("break or fix " + id, [BreakOrFix(id)]),
            < 92 => ("template", [ChangeTemplate()]),
            _ => ("edit an original entry", [ChangeOriginal()]),
        };
    }

    public string AddEntry()
    {
        var year = Random.Next(3) == 0 ? 2021 : 2022;
        var id = string.Create(CultureInfo.InvariantCulture, $"{year}-entry-{++_counter}");
        Generated.Add(id);
        return WriteEntry(id, year);
    }

    public string ChangeTitle(string id)
    {
        var path = PathOf(id);
        var text = File.ReadAllText(path);
        var title = string.Create(CultureInfo.InvariantCulture, $"Retitled event {++_counter}");
        File.WriteAllText(path, text.Replace("title: " + _titles[id], "title: " + title, StringComparison.Ordinal));
        _titles[id] = title;
        return path;
    }

    /// <summary>Rewrites a generated entry's summary with a link in it, to a page or into one, that may not resolve.</summary>
    public string SetSummaryLink(string id, string link)
    {
        var path = PathOf(id);
        var text = File.ReadAllText(path);
        var start = text.IndexOf("It *matters*.", StringComparison.Ordinal) + "It *matters*.".Length;
        var end = text.IndexOf('\n', start);
        File.WriteAllText(path, text[..start] + " See [this](" + link + ")." + text[end..]);
        return path;
    }

    public string ChangeTemplate()
    {
        var path = Path.Combine(ThemeRoot, "layouts", Layouts[Random.Next(Layouts.Length)]);
        File.AppendAllText(path, string.Create(CultureInfo.InvariantCulture, $"<!-- revision {++_counter} -->\n"));
        return path;
    }

    public void Dispose() => Fixture.Dispose();

    /// <param name="date">The entry's date, to change everything but where it stands; a random one by default.</param>
    private string WriteEntry(string id, int year, string? date = null)
    {
        var month = Random.Next(1, 13);
        var day = Random.Next(1, 29);
        date ??= Random.Next(4) switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}-{day:D2}"),
        };
        _dates[id] = date;
        var title = string.Create(CultureInfo.InvariantCulture, $"Event {++_counter} on {date}");
        _titles[id] = title;
        var tags = string.Join(", ", Tags.Where(_ => Random.Next(3) == 0));
        var people = string.Join(", ", People.Where(_ => Random.Next(3) == 0));
        // Links in the summary, to a page and into one, appear and go; IncrementalBuildTests break them on purpose.
        var link = Random.Next(5) switch
        {
            0 => " See [the talks](/entries/2022-01-10-geneva-talks/).",
            1 => " See [January](/2022/#m1).",
            _ => string.Empty,
        };
        var text = $"""
            date: {date}
            title: {title}
            summary: |
              Something happened; this is revision {_counter}. It *matters*.{link}
            people: [{people}]
            tags: [{tags}]
            sources:
              - {(Random.Next(2) == 0 ? "report-a" : "report-b")}

            """;
        if (Random.Next(3) == 0)
        {
            var target = Generated.Count > 1 && Random.Next(2) == 0 ? Generated[Random.Next(Generated.Count)] : "2022-01-10-geneva-talks";
            text += $"related:\n  - entry: {target}\n    relation: follows\n";
        }

        if (Random.Next(5) == 0)
        {
            text += "draft: true\n";
        }

        var path = PathOf(id, year);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        _broken.Remove(id);
        return path;
    }

    private (string, List<string>) Rename(string id)
    {
        var year = Year(id);
        var renamed = string.Create(CultureInfo.InvariantCulture, $"{year}-renamed-{++_counter}");
        var from = PathOf(id);
        var to = PathOf(renamed, year);
        File.Move(from, to);
        Generated[Generated.IndexOf(id)] = renamed;
        _titles[renamed] = _titles[id];
        _dates[renamed] = _dates[id];
        if (_broken.Remove(id))
        {
            _broken.Add(renamed);
        }

        return ($"rename {id} to {renamed}", [from, to]);
    }

    private string Delete(string id)
    {
        var path = PathOf(id);
        File.Delete(path);
        Generated.Remove(id);
        _broken.Remove(id);
        return path;
    }

    private string BreakOrFix(string id)
    {
        if (_broken.Contains(id))
        {
            return WriteEntry(id, Year(id));
        }

        var path = PathOf(id);
        File.WriteAllText(path, File.ReadAllText(path).Replace("title:", "title: \"unclosed", StringComparison.Ordinal));
        _broken.Add(id);
        return path;
    }

    private string ChangeOriginal()
    {
        var path = Fixture.Combine("input/entries/2022/2022-01-10-geneva-talks.yml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("title: ", StringComparison.Ordinal);
        var end = text.IndexOf('\n', start);
        File.WriteAllText(path, text[..start] + string.Create(CultureInfo.InvariantCulture, $"title: US–Russia talks, take {++_counter}") + text[end..]);
        return path;
    }

    public string PathOf(string id) => PathOf(id, Year(id));

    private string PathOf(string id, int year) =>
        Fixture.Combine(string.Create(CultureInfo.InvariantCulture, $"input/entries/{year}/{id}.yml"));

    private static int Year(string id) => int.Parse(id[..4], CultureInfo.InvariantCulture);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
