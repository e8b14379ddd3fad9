using Microsoft.Playwright;
using StaticChronology.Tests.Sites;

namespace StaticChronology.Tests.Browser;

/// <summary>The repository's site opens in a real browser and its pages link to one another.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserSmokeTests : IClassFixture<RepositorySiteTests.Built>
{
    private readonly Chromium _chromium;
    private readonly RepositorySiteTests.Built _site;

    public BrowserSmokeTests(Chromium chromium, RepositorySiteTests.Built site)
    {
        _chromium = chromium;
        _site = site;
    }

    [Fact]
    public async Task Home_page_opens_and_its_first_entry_link_leads_to_that_entry()
    {
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);

        var response = await page.GotoAsync(SiteRoutes.Origin + "/");
        Assert.Equal(200, response!.Status);

        var link = page.Locator("main article a").First;
        var title = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();

        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Unknown_address_gets_the_404_page_with_status_404()
    {
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);

        var response = await page.GotoAsync(SiteRoutes.Origin + "/no/such/page/");

        Assert.Equal(404, response!.Status);
        Assert.NotEqual(0, await page.Locator("h1").CountAsync());
        await page.CloseAsync();
    }
}
