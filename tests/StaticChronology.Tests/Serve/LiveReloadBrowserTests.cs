using Microsoft.Playwright;
using StaticChronology.Tests.Browser;

namespace StaticChronology.Tests.Serve;

/// <summary>In Chromium: a page open on the preview shows an edited title without anyone reloading it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveReloadBrowserTests(Chromium chromium)
{
    [Fact]
    public async Task An_open_page_shows_the_new_title_after_the_entry_file_is_edited()
    {
        await using var preview = await RunningPreview.StartAsync();
        var id = Path.GetFileNameWithoutExtension(preview.Site.AddEntry());
        await preview.NextRebuild();
        var page = await chromium.Browser.NewPageAsync();
        var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => connected.TrySetResult();

        var response = await page.GotoAsync(new Uri(preview.Server.Address, $"entries/{id}/").ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal(preview.Site.TitleOf(id), (await page.Locator("h1").InnerTextAsync()).Trim());
        await connected.Task.WaitAsync(RunningPreview.Patience);

        preview.Site.ChangeTitle(id);
        var title = preview.Site.TitleOf(id);
        await page.Locator("h1", new() { HasTextString = title }).WaitForAsync(new() { Timeout = (float)RunningPreview.Patience.TotalMilliseconds });

        Assert.Equal(title, (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.CloseAsync();
    }
}
