using StaticChronology.Rendering;

namespace StaticChronology.Tests.Rendering;

/// <summary>The URL scheme read backwards: which entry an address is the page of.</summary>
public sealed class SiteUrlsTests
{
    [Theory]
    [InlineData("https://example.org/", "2022-01-10-geneva-talks")]
    [InlineData("https://example.org/sub/", "2022-01-10-geneva-talks")]
    [InlineData("http://127.0.0.1:5080/", "x")]
    public void An_entry_pages_url_gives_back_its_id(string baseUrl, string id)
    {
        var urls = new SiteUrls(baseUrl);
        Assert.Equal(id, urls.EntryId(urls.Entry(id)));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/entries/")]
    [InlineData("/entries//")]
    [InlineData("/entries/x")]
    [InlineData("/entries/x/y/")]
    [InlineData("/entries/x/index.html")]
    [InlineData("/2022/")]
    [InlineData("/sources/entries/x/")]
    [InlineData("/sub/entries/x/")]
    public void Any_other_url_gives_no_id(string url) =>
        Assert.Null(new SiteUrls("https://example.org/").EntryId(url));

    [Fact]
    public void Under_a_base_path_only_urls_under_it_are_entry_pages()
    {
        var urls = new SiteUrls("https://example.org/sub/");
        Assert.Null(urls.EntryId("/entries/x/"));
        Assert.Equal("x", urls.EntryId("/sub/entries/x/"));
    }
}
