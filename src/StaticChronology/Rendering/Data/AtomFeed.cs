using System.Xml;
using StaticChronology.Assembly;
using StaticChronology.Dates;

namespace StaticChronology.Rendering.Data;

/// <summary>An Atom feed of every entry, latest events first.</summary>
public static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static OutputFile Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, chronology.Settings.Language);
            xml.WriteElementString("id", Atom, urls.BaseUrl);
            xml.WriteElementString("title", Atom, chronology.Settings.Title);
            if (chronology.Settings.Description is { } description)
            {
                xml.WriteElementString("subtitle", Atom, description);
            }

            xml.WriteElementString("updated", Atom, EntryTimestamps.Latest(chronology));
            Link(xml, urls.Absolute(urls.File("feed.xml")), "self", "application/atom+xml");
            Link(xml, urls.BaseUrl, "alternate", "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, chronology.Settings.Title);
            xml.WriteEndElement();

            foreach (var entry in chronology.Entries.Reverse())
            {
                var url = urls.Absolute(urls.Entry(entry.Id));
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, EdtfDisplay.Format(entry.Date) + ": " + entry.Title);
                xml.WriteElementString("updated", Atom, EntryTimestamps.Rfc3339(entry));
                Link(xml, url, "alternate", "text/html");
                foreach (var tag in entry.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag.Id);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(markdown.ToPlainText(entry.Summary));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new OutputFile("feed.xml", stream.ToArray(), "feed", null);
    }

    private static void Link(XmlWriter xml, string href, string rel, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }
}
