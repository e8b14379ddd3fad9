using System.Xml;

namespace StaticChronology.Rendering.Data;

/// <summary>A sitemap listing every HTML page but the 404 page.</summary>
public static class Sitemap
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static OutputFile Render(SiteUrls urls, IReadOnlyList<PageJob> pages)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlSettings.Create()))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => p.Kind != "notfound").OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, urls.Absolute(page.Url));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return new OutputFile("sitemap.xml", stream.ToArray(), "data", null);
    }
}
