using Microsoft.Playwright;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Browser;

/// <summary>What the design looks like at phone, tablet and desktop widths, in both schemes and in print.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests : IClassFixture<ServedSite>
{
    /// <summary>Where the screenshots go, for a reviewer to look at: <c>artifacts/screenshots/</c> at the repository root.</summary>
    public static readonly string ScreenshotFolder = Path.Combine(Repository.Root, "artifacts", "screenshots");

    private readonly Chromium _chromium;
    private readonly ServedSite _site;

    public LayoutTests(Chromium chromium, ServedSite site)
    {
        _chromium = chromium;
        _site = site;
    }

    public static TheoryData<string, int> Screens()
    {
        var data = new TheoryData<string, int>();
        foreach (var kind in new[] { "home", "entry", "person" })
        {
            foreach (var width in new[] { 360, 768, 1440 })
            {
                data.Add(kind, width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task Page_fits_the_width_and_its_screenshot_is_written(string kind, int width)
    {
        var page = await _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + PageKinds.Url(_site, kind));
        if (kind == "home")
        {
            await page.Locator("#finder").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        }

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{kind} at {width} px scrolls sideways by {overflow} px");
        var column = await page.Locator("main").BoundingBoxAsync();
        Assert.NotNull(column);
        Assert.True(column.Width <= 60 * 16, $"the reading column is {column.Width} px wide at {width} px");

        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, $"{kind}-{width}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        await page.CloseAsync();

        // PNG: width is the big-endian integer at byte 16 of the IHDR chunk.
        var header = File.ReadAllBytes(file).AsSpan(0, 24).ToArray();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, header[..4]);
        Assert.Equal(width, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4)));
    }

    [Fact]
    public async Task Colour_scheme_follows_the_system_setting()
    {
        var backgrounds = new List<string>();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ColorScheme = scheme });
            await SiteRoutes.ServeAsync(page, _site.SitePath);
            await page.GotoAsync(SiteRoutes.Origin + PageKinds.Url(_site, "entry"));
            backgrounds.Add(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            await page.CloseAsync();
        }

        Assert.NotEqual(backgrounds[0], backgrounds[1]);
    }

    [Fact]
    public async Task Print_hides_navigation_and_the_search_form_but_keeps_the_entries()
    {
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + "/");
        await page.Locator("#finder").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await page.Locator(".site-nav").IsVisibleAsync());
        Assert.False(await page.Locator("#finder").IsVisibleAsync());
        Assert.Equal(_site.Result.EntryCount, await page.Locator("#chronology [data-entry]:visible").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Year_month_and_day_form_a_visible_hierarchy_and_dates_stand_out()
    {
        var page = await _chromium.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + "/");

        async Task<double> SizeOf(string selector) =>
            await page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        var year = await SizeOf(".year__heading");
        var month = await SizeOf(".month:not(.month--year-only) .month__heading");
        var title = await SizeOf(".card__title");
        Assert.True(year > month && month > title, $"year {year}px, month {month}px, entry {title}px");

        var date = page.Locator(".card__date").First;
        var dateStyle = await date.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.color, s.fontFamily, s.fontVariantNumeric]; }");
        var bodyStyle = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.body); return [s.color, s.fontFamily]; }");
        Assert.True(dateStyle[0] != bodyStyle[0] || dateStyle[1] != bodyStyle[1], "entry dates look like body text");
        Assert.Contains("tabular-nums", dateStyle[2], StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Annotation_kinds_are_told_apart_and_quotes_are_set_as_quotes_with_speaker_and_source()
    {
        var entries = _site.Entries.Where(e => e.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).Distinct().Count() > 1).ToList();
        Assert.NotEmpty(entries);
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        var colours = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            await page.GotoAsync($"{SiteRoutes.Origin}/entries/{entry.GetProperty("id").GetString()}/");
            var found = await page.Locator(".annotation").EvaluateAllAsync<string[][]>(
                "all => all.map(a => [a.className, getComputedStyle(a).borderLeftColor, a.querySelector('h3').textContent])");
            foreach (var annotation in found)
            {
                colours.TryAdd(annotation[0], []);
                colours[annotation[0]].Add(annotation[1]);
            }
        }

        Assert.True(colours.Count > 1);
        Assert.Equal(colours.Count, colours.Values.Select(c => Assert.Single(c)).Distinct().Count());

        var quoted = _site.Entries.First(e => e.GetProperty("sources").EnumerateArray().Any(s => s.GetProperty("quote").GetString() is not null && s.GetProperty("said_by").GetString() is not null));
        await page.GotoAsync($"{SiteRoutes.Origin}/entries/{quoted.GetProperty("id").GetString()}/");
        var figure = page.Locator("figure.citation").Filter(new LocatorFilterOptions { Has = page.Locator(".citation__speaker") }).First;
        Assert.True(await figure.Locator("blockquote").IsVisibleAsync());
        Assert.True(await figure.Locator("figcaption .citation__speaker a[href^='/people/']").IsVisibleAsync());
        Assert.True(await figure.Locator("figcaption cite a[href^='/sources/']").IsVisibleAsync());
        var quoteFont = await figure.Locator("blockquote").EvaluateAsync<string>("e => getComputedStyle(e).fontStyle + ' ' + getComputedStyle(e).borderLeftStyle + ' ' + getComputedStyle(e).paddingLeft");
        Assert.NotEqual("normal none 0px", quoteFont);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_focus_is_visible()
    {
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + PageKinds.Url(_site, "entry"));
        await page.Keyboard.PressAsync("Tab");

        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"));
        Assert.True(await skip.IsVisibleAsync());
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
        await page.CloseAsync();
    }
}
