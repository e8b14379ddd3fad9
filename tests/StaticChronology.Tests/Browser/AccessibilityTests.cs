using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StaticChronology.Tests.Browser;

/// <summary>axe-core finds no WCAG 2.2 level A or AA violation on any page type, in either colour scheme.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests : IClassFixture<ServedSite>
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"] },
        ResultTypes = [ResultType.Violations],
    };

    private readonly Chromium _chromium;
    private readonly ServedSite _site;

    public AccessibilityTests(Chromium chromium, ServedSite site)
    {
        _chromium = chromium;
        _site = site;
    }

    public static TheoryData<string, ColorScheme> Pages()
    {
        var data = new TheoryData<string, ColorScheme>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            foreach (var kind in PageKinds.All)
            {
                data.Add(kind, scheme);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_type_has_no_violations_at_levels_A_and_AA(string kind, ColorScheme scheme)
    {
        var page = await _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + PageKinds.Url(_site, kind));
        if (kind == "home")
        {
            // The search form is shown by the script; wait for it so axe checks it too.
            await page.Locator("#finder").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        }

        var result = await page.RunAxe(WcagAA);
        await page.CloseAsync();
        Assert.True(result.Violations.Length == 0, kind + " (" + scheme + "): " + Describe(result));
        Assert.Contains(result.Passes, rule => rule.Id == "color-contrast" || rule.Id == "html-has-lang");
    }

    [Fact]
    public async Task Filtered_home_page_has_no_violations()
    {
        var person = PageKinds.BusiestPerson(_site);
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + "/?person=" + person + "&q=a");
        await page.Locator("#finder-result").Filter(new LocatorFilterOptions { HasTextRegex = new System.Text.RegularExpressions.Regex("match") }).WaitForAsync();

        var result = await page.RunAxe(WcagAA);
        await page.CloseAsync();
        Assert.True(result.Violations.Length == 0, Describe(result));
    }

    private static string Describe(AxeResult result) => string.Join("; ", result.Violations.Select(v =>
        v.Id + " (" + v.Impact + "): " + string.Join(", ", v.Nodes.Take(3).Select(n => n.Target + " " + n.Html))));
}
