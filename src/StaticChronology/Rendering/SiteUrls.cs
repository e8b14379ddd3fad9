using System.Globalization;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>The one place that knows the site's URL scheme: pretty URLs under the base path, each ending in a slash.</summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        BasePath = new Uri(BaseUrl).AbsolutePath;
    }

    /// <summary>The absolute base URL, ending in a slash.</summary>
    public string BaseUrl { get; }

    /// <summary>The path part of the base URL: <c>/</c>, or <c>/sub/</c> for a site published in a folder.</summary>
    public string BasePath { get; }

    public string Home => BasePath;

    public string Year(int year) => BasePath + year.ToString("D4", CultureInfo.InvariantCulture) + "/";

    public string Month(int year, int month) =>
        BasePath + year.ToString("D4", CultureInfo.InvariantCulture) + "/" + month.ToString("D2", CultureInfo.InvariantCulture) + "/";

    public string Entry(string id) => BasePath + "entries/" + id + "/";

    /// <summary>The id in an entry page's URL (<c>/entries/x/</c> → <c>x</c>); null for any other URL.</summary>
    public string? EntryId(string siteUrl)
    {
        var prefix = BasePath.Length + "entries/".Length;
        return siteUrl.Length > prefix + 1 && siteUrl.StartsWith(BasePath, StringComparison.Ordinal)
            && siteUrl.AsSpan(BasePath.Length).StartsWith("entries/", StringComparison.Ordinal)
            && siteUrl[^1] == '/' && siteUrl.IndexOf('/', prefix) == siteUrl.Length - 1
            ? siteUrl[prefix..^1]
            : null;
    }

    public string Source(string id) => BasePath + "sources/" + id + "/";

    public string Tag(string id) => BasePath + "tags/" + id + "/";

    public string Page(string slug) => BasePath + slug + "/";

    public string Term(RegistryKind kind, string id) => Section(kind) + id + "/";

    public string Section(RegistryKind kind) => BasePath + SectionName(kind) + "/";

    public string Section(string name) => BasePath + name + "/";

    public string File(string name) => BasePath + name;

    public static string SectionName(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => "people",
        RegistryKind.Place => "places",
        _ => "organizations",
    };

    /// <summary>The absolute form of a site URL, for canonical links, feeds and the sitemap.</summary>
    public string Absolute(string siteUrl) => BaseUrl + siteUrl[BasePath.Length..];

    /// <summary>The output file a site URL is served from: <c>/entries/x/</c> → <c>entries/x/index.html</c>.</summary>
    public string OutputPath(string siteUrl)
    {
        var relative = siteUrl[BasePath.Length..];
        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
