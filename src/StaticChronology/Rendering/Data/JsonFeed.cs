using System.Text.Json;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>A JSON Feed 1.1 of every entry, with the event's date in the <c>_chronology</c> extension object.</summary>
public static class JsonFeed
{
    public const string FileName = "feed.json";

    /// <param name="keep">Hands back the items of unchanged entries as written before (the preview server).</param>
    public static OutputFile Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, PartsKeeper? keep = null)
    {
        // Newest first.
        var items = EntryParts.Make([.. chronology.Entries.Reverse()], keep, entry => JsonOutput.Item(item => WriteItem(item, entry, urls, markdown)));

        var frame = EntryParts.Frame(keep, [items.Length > 0 ? 1 : 0], () => JsonOutput.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", chronology.Settings.Title);
            json.WriteString("home_page_url", urls.BaseUrl);
            json.WriteString("feed_url", urls.Absolute(urls.File("feed.json")));
            if (chronology.Settings.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteString("language", chronology.Settings.Language);
            json.WriteStartArray("items");
            if (items.Length > 0)
            {
                json.WriteItemsMark();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }));
        return JsonOutput.Splice(FileName, "feed", frame, items, kept: keep is not null);
    }

    private static void WriteItem(Utf8JsonWriter item, Entry entry, SiteUrls urls, MarkdownRenderer markdown)
    {
        var url = urls.Absolute(urls.Entry(entry.Id));
        item.WriteStartObject();
        item.WriteString("id", url);
        item.WriteString("url", url);
        item.WriteString("title", EdtfDisplay.Format(entry.Date) + ": " + entry.Title);
        item.WriteString("content_text", markdown.ToPlainText(entry.Summary));
        item.WriteString("date_published", EntryTimestamps.Rfc3339(entry));
        if (!entry.Tags.IsEmpty)
        {
            item.WriteStartArray("tags");
            foreach (var tag in entry.Tags)
            {
                item.WriteStringValue(tag.Id);
            }

            item.WriteEndArray();
        }

        item.WriteStartObject("_chronology");
        item.WriteBoolean("about", false);
        item.WriteString("date", entry.Date.Text);
        item.WriteString("display", EdtfDisplay.Format(entry.Date));
        item.StringOrNull("earliest", EdtfDisplay.IsoBound(entry.Date.Earliest));
        item.StringOrNull("latest", EdtfDisplay.IsoBound(entry.Date.Latest));
        item.WriteString("status", entry.Status.ToString().ToLowerInvariant());
        item.WriteNumber("source_count", entry.Sources.Length);
        item.WriteEndObject();
        item.WriteEndObject();
    }
}
