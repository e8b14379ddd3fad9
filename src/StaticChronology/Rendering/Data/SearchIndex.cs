using System.Text.Json;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary><c>search.json</c>: what the home page's search and filters need about each entry, as compact as it can be.</summary>
/// <remarks>
/// Names are written once in <c>names</c> and entries refer to them by id, so a person cited by a thousand
/// entries costs a thousand short ids, not a thousand names. Empty lists are left out. The field names are
/// short because the file is downloaded whole; docs/readers.md lists them.
/// </remarks>
public static class SearchIndex
{
    public const string FileName = "search.json";

    /// <param name="keep">Hands back the items of unchanged entries as written before (the preview server).</param>
    public static OutputFile Render(Chronology chronology, MarkdownRenderer markdown, PartsKeeper? keep = null)
    {
        var items = EntryParts.Make(chronology.Entries, keep, entry => JsonOutput.CompactItem(item => WriteEntry(item, entry, markdown)));

        var frame = EntryParts.Frame(keep, [items.Length > 0 ? 1 : 0], () => JsonOutput.WriteCompact(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartObject("names");
            Names(json, "p", chronology.People);
            Names(json, "l", chronology.Places);
            Names(json, "o", chronology.Organizations);
            json.WriteEndObject();
            json.WriteStartArray("entries");
            if (items.Length > 0)
            {
                json.WriteItemsMark();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
        return JsonOutput.Splice(FileName, "data", frame, items, kept: keep is not null);
    }

    private static void WriteEntry(Utf8JsonWriter json, Entry entry, MarkdownRenderer markdown)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("t", entry.Title);
        json.WriteString("s", markdown.ToPlainText(entry.Summary));
        Strings(json, "q", entry.Sources.Select(c => c.Quote).OfType<string>());
        Strings(json, "p", entry.People.Select(r => r.Id));
        Strings(json, "l", entry.Places.Select(r => r.Id));
        Strings(json, "o", entry.Organizations.Select(r => r.Id));
        Strings(json, "g", entry.Tags.Select(r => r.Id));

        // Speakers are searchable by name even when the entry does not list them among its people.
        var people = entry.People.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        Strings(json, "w", entry.Sources.Select(c => c.SaidBy?.Id).OfType<string>().Where(id => !people.Contains(id)).Distinct(StringComparer.Ordinal));
        if (entry.Status != EntryStatus.Occurred)
        {
            json.WriteString("st", entry.Status.ToString().ToLowerInvariant());
        }

        if (EdtfDisplay.IsoStart(entry.Date) is { } start)
        {
            json.WriteString("a", start);
        }

        if (EdtfDisplay.IsoEnd(entry.Date) is { } end)
        {
            json.WriteString("b", end);
        }

        json.WriteEndObject();
    }

    /// <summary>Each item's name and aliases, joined by " · ", under its id.</summary>
    private static void Names(Utf8JsonWriter json, string key, Registry registry)
    {
        json.WriteStartObject(key);
        foreach (var item in registry.Items)
        {
            json.WriteString(item.Id, string.Join(" · ", item.Aliases.Prepend(item.Name)));
        }

        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string key, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            return;
        }

        json.WriteStartArray(key);
        foreach (var value in list)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
