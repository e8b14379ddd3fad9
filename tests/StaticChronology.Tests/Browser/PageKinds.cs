namespace StaticChronology.Tests.Browser;

/// <summary>One page of every kind the theme renders, found in the built site rather than named in advance.</summary>
public static class PageKinds
{
    public static readonly string[] All =
        ["home", "year", "month", "entry", "person", "place", "organisation", "tag", "people", "sources", "source", "page", "notfound"];

    public static string Url(ServedSite site, string kind) => kind switch
    {
        "home" => "/",
        "year" => FirstFolder(site, "", name => name.Length == 4 && name.All(char.IsAsciiDigit)),
        "month" => Months(site).First(),
        "entry" => FirstFolder(site, "entries/"),
        "person" => "/people/" + BusiestPerson(site) + "/",
        "place" => FirstFolder(site, "places/"),
        "organisation" => FirstFolder(site, "organizations/"),
        "tag" => FirstFolder(site, "tags/"),
        "people" => "/people/",
        "sources" => "/sources/",
        "source" => FirstFolder(site, "sources/"),
        "page" => "/" + FirstPage(site),
        _ => "/no/such/page/",
    };

    /// <summary>The person with the most entries, so filters and charts have something to show.</summary>
    public static string BusiestPerson(ServedSite site) =>
        site.Entries.SelectMany(e => e.GetProperty("people").EnumerateArray().Select(p => p.GetString()!))
            .GroupBy(id => id, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

    public static IEnumerable<string> Months(ServedSite site) =>
        Directory.EnumerateDirectories(site.SitePath)
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => name.Length == 4 && name.All(char.IsAsciiDigit))
            .Order(StringComparer.Ordinal)
            .SelectMany(year => Directory.EnumerateDirectories(Path.Combine(site.SitePath, year)).Select(m => "/" + year + "/" + Path.GetFileName(m) + "/"))
            .Order(StringComparer.Ordinal);

    private static string FirstPage(ServedSite site) =>
        Directory.EnumerateDirectories(site.SitePath).Select(Path.GetFileName).OfType<string>()
            .Where(name => File.Exists(Path.Combine(site.SitePath, name, "index.html")) && site.Page(name + "/index.html").Body!.ClassList.Contains("kind-page"))
            .Order(StringComparer.Ordinal).First() + "/";

    private static string FirstFolder(ServedSite site, string section, Func<string, bool>? accept = null) =>
        "/" + section + Directory.EnumerateDirectories(Path.Combine(site.SitePath, section))
            .Select(Path.GetFileName).OfType<string>()
            .Where(name => accept?.Invoke(name) ?? true)
            .Order(StringComparer.Ordinal).First() + "/";
}
