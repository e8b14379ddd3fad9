using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;

namespace StaticChronology.Cli;

/// <summary><c>chrono new --date D --title T [--source ID]</c>: writes a new entry file where the loader expects it and prints its path.</summary>
public static class NewCommand
{
    public const string Usage = "chrono new --date 2022-01-21 --title \"What happened\" [--source SOURCE-ID] [--input DIR]";

    /// <summary>The schema's path inside the repository, which entry files point their editor at.</summary>
    public const string SchemaPath = "src/StaticChronology/Schema/entry.schema.json";

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? date = null, title = null, source = null;
        var input = "input";
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 >= args.Length || !args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return UsageError(stderr, $"'{args[i]}' is not an option with a value");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--date":
                    date = value.Trim();
                    break;
                case "--title":
                    title = value.Trim();
                    break;
                case "--source":
                    source = value.Trim();
                    break;
                case "--input":
                    input = value;
                    break;
                default:
                    return UsageError(stderr, $"unknown option '{args[i - 1]}'");
            }
        }

        if (date is null || string.IsNullOrEmpty(title))
        {
            return UsageError(stderr, "--date and --title are required");
        }

        if (!EdtfParser.TryParse(date, out var parsed, out var error))
        {
            stderr.WriteLine($"chrono: '{date}' is not a valid date: {error?.Message} (accepted: 2022-01-21, 2022-01, 2022, 2022-01-21~, 2022-01-21?, 2021-12-XX, 2022-01-10/2022-01-13, ../2022-01-20)");
            return 1;
        }

        if (source is not null && SourceProblem(input, source) is { } problem)
        {
            stderr.WriteLine("chrono: " + problem);
            return 1;
        }

        var id = EntryId(parsed!, title);
        var year = parsed!.StartYear.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(input, "entries", year);
        var path = Path.Combine(folder, id + ".yml");
        if (File.Exists(path))
        {
            stderr.WriteLine($"chrono: {Shown(path)} already exists; edit it, or choose a more specific title");
            return 1;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(path, EntryTemplate.Write(SchemaReference(input, folder), date, title, source), new System.Text.UTF8Encoding(false));
        stdout.WriteLine(Shown(path));
        return 0;
    }

    /// <summary>The date's known leading digits, then the title as words: <c>2022-01-21-blinken-visits-kyiv</c>, <c>2021-12-russian-buildup</c>.</summary>
    public static string EntryId(EdtfValue date, string title)
    {
        // The start, or the end for an open start ("../2022-01-20"); qualifiers and unspecified digits are left out.
        var parts = date.Text.Split('/');
        var bound = parts[0] is ".." or "" && parts.Length > 1 ? parts[1] : parts[0];
        var known = bound.TrimEnd('~', '?', '%').Split('-').TakeWhile(p => p.Length > 0 && p.All(char.IsAsciiDigit)).ToList();
        var prefix = known.Count > 0 ? string.Join('-', known) : date.StartYear.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        var words = Ids.Slugify(title);
        var id = words.Length == 0 ? prefix : prefix + "-" + words;
        return id.Length <= Ids.MaxLength ? id : id[..Ids.MaxLength].TrimEnd('-');
    }

    private static string? SourceProblem(string input, string source)
    {
        if (!Ids.IsValid(source))
        {
            return $"'{source}' is not a valid source id: {Ids.Rule}";
        }

        var folder = Path.Combine(input, "sources");
        if (File.Exists(Path.Combine(folder, source + ".yml")))
        {
            return null;
        }

        var known = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.yml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
        var hint = Suggestions.DidYouMean(source, known);
        return $"unknown source '{source}'" + (hint is null ? "; add it to sources/<id>.yml first" : "; " + hint);
    }

    /// <summary>A path from the entry's folder to the repository's schema, or the schema the site publishes when the input folder is elsewhere.</summary>
    private static string SchemaReference(string input, string folder)
    {
        var repository = Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".";
        var schema = Path.Combine(repository, SchemaPath);
        if (File.Exists(schema))
        {
            return Path.GetRelativePath(Path.GetFullPath(folder), schema).Replace('\\', '/');
        }

        var settings = Path.Combine(input, "chronology.yml");
        var bag = new DiagnosticBag();
        var baseUrl = File.Exists(settings) && TextDecoder.Decode("chronology.yml", File.ReadAllBytes(settings), bag) is { } text
            ? SettingsReader.Read(text, bag)?.BaseUrl
            : null;
        return (baseUrl ?? "/") + "schema/entry.schema.json";
    }

    private static string Shown(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path)) is var relative && !relative.StartsWith("..", StringComparison.Ordinal)
        ? relative.Replace('\\', '/')
        : Path.GetFullPath(path);

    private static int UsageError(TextWriter stderr, string message)
    {
        stderr.WriteLine("chrono: " + message);
        stderr.WriteLine("Usage: " + Usage);
        return 2;
    }
}
