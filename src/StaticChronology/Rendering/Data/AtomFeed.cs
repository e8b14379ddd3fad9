using System.Xml;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>An Atom feed of every entry, latest events first.</summary>
/// <remarks>
/// Each entry's element is written on its own, at the depth it stands at in the feed, and spliced into the
/// feed written without entries: the same bytes as one writer going through the whole feed, and an entry
/// that did not change can be kept from the last build (the preview server).
/// </remarks>
public static class AtomFeed
{
    public const string FileName = "feed.xml";

    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <param name="keep">Hands back the elements of unchanged entries as written before (the preview server).</param>
    public static OutputFile Render(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, PartsKeeper? keep = null)
    {
        // Besides the site's settings, the feed around the entries shows only the day of the latest.
        var latest = EntryTimestamps.LatestDay(chronology);
        var frame = EntryParts.Frame(keep, [latest?.DayNumber ?? -1], () => Write(xml =>
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

            xml.WriteElementString("updated", Atom, EntryTimestamps.Latest(latest));
            Link(xml, urls.Absolute(urls.File(FileName)), "self", "application/atom+xml");
            Link(xml, urls.BaseUrl, "alternate", "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, chronology.Settings.Title);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }));

        // The entries go where the feed's end tag starts its line.
        var end = frame.AsSpan().LastIndexOf("\n</feed>"u8);
        // Newest first.
        var items = EntryParts.Make([.. chronology.Entries.Reverse()], keep, entry => Item(entry, urls, markdown));

        return EntryParts.File(FileName, "feed", frame.AsMemory(0, end), items, frame.AsMemory(end), kept: keep is not null);
    }

    /// <summary>One entry's element as it stands in the feed: from the line break before its start tag to its end tag.</summary>
    private static byte[] Item(Entry entry, SiteUrls urls, MarkdownRenderer markdown)
    {
        return (t_items ??= new ItemWriter()).Write(xml =>
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
        });
    }

    [ThreadStatic]
    private static ItemWriter? t_items;

    /// <summary>
    /// Writes entries one after another inside a feed element of its own, so that indentation and namespaces are those
    /// of the real feed, and hands back each entry's bytes: one writer per thread instead of one per entry.
    /// </summary>
    private sealed class ItemWriter : IDisposable
    {
        private readonly MemoryStream _stream = new();
        private readonly XmlWriter _xml;
        private bool _feedOpen;

        public ItemWriter()
        {
            _xml = XmlWriter.Create(_stream, XmlSettings.Create());
            _xml.WriteStartElement("feed", Atom);
            _xml.Flush();
            _stream.SetLength(0);
        }

        public byte[] Write(Action<XmlWriter> write)
        {
            try
            {
                write(_xml);
                _xml.Flush();
            }
            catch
            {
                // Half an element was written: the next entry gets a writer of its own.
                t_items = null;
                Dispose();
                throw;
            }

            // The first entry's bytes begin with the end of the feed's start tag, which the writer completes only then.
            var bytes = _stream.GetBuffer().AsSpan(0, (int)_stream.Length);
            if (!_feedOpen)
            {
                bytes = bytes[(bytes.IndexOf((byte)'>') + 1)..];
                _feedOpen = true;
            }

            var item = bytes.ToArray();
            _stream.SetLength(0);
            return item;
        }

        public void Dispose()
        {
            _xml.Dispose();
            _stream.Dispose();
        }
    }

    private static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            write(xml);
        }

        return stream.ToArray();
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
