using System.Text.Json;
using StaticChronology.Assembly;
using StaticChronology.Dates;

namespace StaticChronology.Rendering.Data;

/// <summary>A JSON Feed 1.1 of every entry, with the event's date in the <c>_chronology</c> extension object.</summary>
public static class JsonFeed
{
    public static OutputFile Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown)
    {
        var bytes = JsonOutput.Write(json =>
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
            foreach (var entry in chronology.Entries.Reverse())
            {
                var url = urls.Absolute(urls.Entry(entry.Id));
                json.WriteStartObject();
                json.WriteString("id", url);
                json.WriteString("url", url);
                json.WriteString("title", EdtfDisplay.Format(entry.Date) + ": " + entry.Title);
                json.WriteString("content_text", markdown.ToPlainText(entry.Summary));
                json.WriteString("date_published", EntryTimestamps.Rfc3339(entry));
                if (!entry.Tags.IsEmpty)
                {
                    json.WriteStartArray("tags");
                    foreach (var tag in entry.Tags)
                    {
                        json.WriteStringValue(tag.Id);
                    }

                    json.WriteEndArray();
                }

                json.WriteStartObject("_chronology");
                json.WriteBoolean("about", false);
                json.WriteString("date", entry.Date.Text);
                json.WriteString("display", EdtfDisplay.Format(entry.Date));
                json.StringOrNull("earliest", EdtfDisplay.IsoBound(entry.Date.Earliest));
                json.StringOrNull("latest", EdtfDisplay.IsoBound(entry.Date.Latest));
                json.WriteString("status", entry.Status.ToString().ToLowerInvariant());
                json.WriteNumber("source_count", entry.Sources.Length);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
        return new OutputFile("feed.json", bytes, "feed", null);
    }
}
