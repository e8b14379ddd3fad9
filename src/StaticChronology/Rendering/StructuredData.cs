using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>schema.org JSON-LD for a page's <c>&lt;script type="application/ld+json"&gt;</c> block.</summary>
/// <remarks>
/// The JSON is written inside an HTML script element, so every character that could end the element or
/// open a comment (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes) is escaped as <c>\uXXXX</c>: a title such as
/// <c>&lt;/script&gt;</c> stays a string. schema.org's Event has no <c>citation</c> property, so an entry is
/// described as a WebPage whose main entity is the Event and whose citations are the sources, as NewsArticles.
/// </remarks>
public sealed class StructuredData(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown)
{
    private const string Context = "https://schema.org";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = false,
        // Unlike the relaxed encoder of the data files, this one escapes the HTML-sensitive characters.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // Every page has its structured data: it is written through a writer each thread keeps.
    private static readonly Data.ReusedJsonWriter Writer = new(Options);

    public SafeHtml Home() => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "WebSite");
        json.WriteString("@id", urls.BaseUrl);
        json.WriteString("url", urls.BaseUrl);
        json.WriteString("name", chronology.Settings.Title);
        if (chronology.Settings.Description is { } description)
        {
            json.WriteString("description", description);
        }

        json.WriteString("inLanguage", chronology.Settings.Language);
        json.WriteEndObject();
    });

    public SafeHtml Entry(Entry entry) => Write(json =>
    {
        var url = urls.Absolute(urls.Entry(entry.Id));
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "WebPage");
        json.WriteString("@id", url);
        json.WriteString("url", url);
        json.WriteString("name", entry.Title);
        json.WriteString("inLanguage", chronology.Settings.Language);
        json.WriteStartObject("mainEntity");
        WriteEvent(json, entry, url);
        json.WriteEndObject();
        json.WriteStartArray("citation");
        foreach (var source in entry.Sources.Select(c => c.Source.Id).Distinct(StringComparer.Ordinal))
        {
            json.WriteStartObject();
            WriteArticle(json, chronology.SourcesById[source]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    public SafeHtml Source(Source source) => Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        WriteArticle(json, source);
        json.WriteEndObject();
    });

    private void WriteEvent(Utf8JsonWriter json, Entry entry, string url)
    {
        json.WriteString("@type", "Event");
        json.WriteString("@id", url + "#event");
        json.WriteString("name", entry.Title);
        json.WriteString("description", markdown.ToPlainText(entry.Summary));
        json.WriteString("url", url);
        if (IsoDate(entry.Date.Start) is { } start)
        {
            json.WriteString("startDate", start);
        }

        if (entry.Date.IsInterval && IsoDate(entry.Date.End) is { } end)
        {
            json.WriteString("endDate", end);
        }

        if (entry.Status == EntryStatus.Planned)
        {
            json.WriteString("eventStatus", "https://schema.org/EventScheduled");
        }

        if (!entry.Places.IsEmpty)
        {
            json.WriteStartArray("location");
            foreach (var place in entry.Places)
            {
                WriteThing(json, "Place", chronology.Places.ById[place.Id], RegistryKind.Place);
            }

            json.WriteEndArray();
        }

        if (!entry.People.IsEmpty || !entry.Organizations.IsEmpty)
        {
            json.WriteStartArray("about");
            foreach (var person in entry.People)
            {
                WriteThing(json, "Person", chronology.People.ById[person.Id], RegistryKind.Person);
            }

            foreach (var organization in entry.Organizations)
            {
                WriteThing(json, "Organization", chronology.Organizations.ById[organization.Id], RegistryKind.Organization);
            }

            json.WriteEndArray();
        }

        if (!entry.Tags.IsEmpty)
        {
            json.WriteString("keywords", string.Join(", ", entry.Tags.Select(t => new TagInfo(t.Id).Name)));
        }
    }

    private void WriteArticle(Utf8JsonWriter json, Source source)
    {
        var page = urls.Absolute(urls.Source(source.Id));
        json.WriteString("@type", "NewsArticle");
        json.WriteString("@id", page);
        json.WriteString("headline", source.Title);
        json.WriteString("url", source.Url ?? page);
        json.WriteString("mainEntityOfPage", page);
        if (IsoDate(source.Published.Start) is { } published)
        {
            json.WriteString("datePublished", published);
        }

        json.WriteString("inLanguage", source.Language);
        if (source.Outlet is { } outlet)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", outlet);
            json.WriteEndObject();
        }
    }

    private void WriteThing(Utf8JsonWriter json, string type, RegistryItem item, RegistryKind kind)
    {
        json.WriteStartObject();
        json.WriteString("@type", type);
        json.WriteString("name", item.Name);
        json.WriteString("url", urls.Absolute(urls.Term(kind, item.Id)));
        if (item.Wikidata is { } wikidata)
        {
            json.WriteString("sameAs", "https://www.wikidata.org/wiki/" + wikidata);
        }

        json.WriteEndObject();
    }

    /// <summary>The ISO 8601 form of a known point at its own precision (<c>2022</c>, <c>2022-01</c>, <c>2022-01-21</c>).</summary>
    private static string? IsoDate(EdtfPoint? point) => point is null ? null : EdtfDisplay.HtmlDateTime(point);

    private static SafeHtml Write(Action<Utf8JsonWriter> write) => new(Data.Utf8.Encoding.GetString(Writer.Write(write)));
}
