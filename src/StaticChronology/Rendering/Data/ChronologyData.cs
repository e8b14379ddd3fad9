using System.Text.Json;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary><c>chronology.json</c>: every entry with its page URL, resolved date bounds, sources, quotes and links.</summary>
public static class ChronologyData
{
    public const string FileName = "chronology.json";

    /// <param name="keep">Hands back the items of unchanged entries as written before (the preview server).</param>
    public static OutputFile Render(Chronology chronology, SiteUrls urls, PartsKeeper? keep = null)
    {
        var items = EntryParts.Make(chronology.Entries, keep, entry => JsonOutput.Item(item => WriteEntry(item, entry, urls)));

        var frame = EntryParts.Frame(keep, [items.Length > 0 ? 1 : 0], () => JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("title", chronology.Settings.Title);
            json.WriteString("base_url", urls.BaseUrl);
            json.WriteString("language", chronology.Settings.Language);
            json.WriteStartArray("entries");
            if (items.Length > 0)
            {
                json.WriteItemsMark();
            }

            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var source in chronology.Sources)
            {
                json.WriteStartObject();
                json.WriteString("id", source.Id);
                json.WriteString("url", urls.Absolute(urls.Source(source.Id)));
                json.WriteString("title", source.Title);
                json.StringOrNull("outlet", source.Outlet);
                json.WriteString("published", source.Published.Text);
                json.WriteString("published_basis", source.PublishedBasis.ToString().ToLowerInvariant());
                json.StringOrNull("published_note", source.PublishedNote);
                json.WriteString("language", source.Language);
                json.StringOrNull("translated_from", source.TranslatedFrom);
                json.WriteString("seed", source.Seed);
                json.StringOrNull("original_url", source.Url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteRegistry(json, "people", chronology.People, urls);
            WriteRegistry(json, "places", chronology.Places, urls);
            WriteRegistry(json, "organizations", chronology.Organizations, urls);
            json.WriteEndObject();
        }));
        return JsonOutput.Splice(FileName, "data", frame, items, kept: keep is not null);
    }

    private static void WriteEntry(Utf8JsonWriter json, Entry entry, SiteUrls urls)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("url", urls.Absolute(urls.Entry(entry.Id)));
        json.WriteString("title", entry.Title);
        json.WriteStartObject("date");
        json.WriteString("edtf", entry.Date.Text);
        json.WriteString("display", EdtfDisplay.Format(entry.Date));
        json.StringOrNull("earliest", EdtfDisplay.IsoBound(entry.Date.Earliest));
        json.StringOrNull("latest", EdtfDisplay.IsoBound(entry.Date.Latest));
        json.WriteEndObject();
        json.WriteString("status", entry.Status.ToString().ToLowerInvariant());
        json.WriteString("summary", entry.Summary);
        Ids(json, "people", entry.People);
        Ids(json, "places", entry.Places);
        Ids(json, "organizations", entry.Organizations);
        Ids(json, "tags", entry.Tags);
        json.WriteStartArray("sources");
        foreach (var citation in entry.Sources)
        {
            json.WriteStartObject();
            json.WriteString("source", citation.Source.Id);
            json.StringOrNull("quote", citation.Quote);
            json.StringOrNull("said_by", citation.SaidBy?.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("annotations");
        foreach (var annotation in entry.Annotations)
        {
            json.WriteStartObject();
            json.WriteString("kind", annotation.Kind.ToString().ToLowerInvariant());
            json.WriteString("text", annotation.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("related");
        foreach (var link in entry.Related)
        {
            json.WriteStartObject();
            json.WriteString("entry", link.Entry.Id);
            json.WriteString("url", urls.Absolute(urls.Entry(link.Entry.Id)));
            json.WriteString("relation", RelationName(link.Relation));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string RelationName(Relation relation) => relation switch
    {
        Relation.Follows => "follows",
        Relation.RespondsTo => "responds-to",
        Relation.SameEvent => "same-event",
        Relation.Contradicts => "contradicts",
        _ => "related",
    };

    private static void Ids(Utf8JsonWriter json, string name, IEnumerable<Reference> references)
    {
        json.WriteStartArray(name);
        foreach (var reference in references)
        {
            json.WriteStringValue(reference.Id);
        }

        json.WriteEndArray();
    }

    private static void WriteRegistry(Utf8JsonWriter json, string name, Registry registry, SiteUrls urls)
    {
        json.WriteStartArray(name);
        foreach (var item in registry.Items)
        {
            json.WriteStartObject();
            json.WriteString("id", item.Id);
            json.WriteString("url", urls.Absolute(urls.Term(item.Kind, item.Id)));
            json.WriteString("name", item.Name);
            json.WriteStartArray("aliases");
            foreach (var alias in item.Aliases)
            {
                json.WriteStringValue(alias);
            }

            json.WriteEndArray();
            json.StringOrNull("description", item.Description);
            json.StringOrNull("wikidata", item.Wikidata);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
