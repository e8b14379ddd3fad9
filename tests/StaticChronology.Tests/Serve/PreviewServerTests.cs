using System.Net;
using System.Text;
using StaticChronology.Cli.Serve;
using StaticChronology.Pipeline;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Serve;

/// <summary>The preview server over real HTTP on a free port: pages, status codes, live reload, the error overlay, drafts.</summary>
public sealed class PreviewServerTests
{
    private const string Talks = "2022-01-10-geneva-talks";

    [Fact]
    public async Task Serves_what_build_publishes_with_pretty_urls_the_404_page_and_content_types()
    {
        await using var preview = await RunningPreview.StartAsync();
        var clean = new BuildPipeline(preview.Site.Options(preview: true) with { BaseUrl = preview.Server.Address.ToString() }).Run();
        Assert.True(clean.Succeeded);

        foreach (var (path, type) in new[]
        {
            ("/", "text/html; charset=utf-8"),
            ($"/entries/{Talks}/", "text/html; charset=utf-8"),
            ("/people/antony-blinken/", "text/html; charset=utf-8"),
            ("/css/site.css", "text/css; charset=utf-8"),
            ("/feed.xml", "application/xml; charset=utf-8"),
            ("/chronology.json", "application/json; charset=utf-8"),
            ("/feed.json", "application/json; charset=utf-8"),
            ("/search.json", "application/json; charset=utf-8"),
            ("/calendar.ics", "text/calendar; charset=utf-8"),
            ("/robots.txt", "text/plain; charset=utf-8"),
        })
        {
            using var response = await preview.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
            var served = await response.Content.ReadAsByteArrayAsync();
            var file = clean.Files.Single(f => f.Path == (path.EndsWith('/') ? path[1..] + "index.html" : path[1..]));
            var expected = file.IsHtml ? Inject(file.Content) : file.Content;
            Assert.True(expected.AsSpan().SequenceEqual(served), $"{path} is not what build made, plus the reload script");
        }

        // The files that carry every entry are held as their parts and sent piece by piece: the bytes above came that way.
        Assert.All(["feed.xml", "feed.json", "chronology.json", "search.json", "calendar.ics"], path => Assert.NotNull(preview.Server.Site.Files[path].Parts));

        using var missing = await preview.Http.GetAsync("/no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<title>Page not found", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var bare = await preview.Http.GetAsync($"/entries/{Talks}");
        Assert.Equal(HttpStatusCode.MovedPermanently, bare.StatusCode);
        Assert.Equal($"/entries/{Talks}/", bare.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_reload_script_is_added_in_the_preview_only_and_never_written_by_build()
    {
        await using var preview = await RunningPreview.StartAsync();
        Assert.Contains("<script src=\"/__chrono/live-reload.js\"></script>\n</body>", await preview.GetTextAsync("/"), StringComparison.Ordinal);
        Assert.Contains("WebSocket", await preview.GetTextAsync("/__chrono/live-reload.js"), StringComparison.Ordinal);

        var build = preview.Site.Fixture.Build();
        Assert.True(build.Succeeded);
        foreach (var file in Directory.EnumerateFiles(preview.Site.Fixture.OutputRoot, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("__chrono", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_edit_sends_the_reload_message_and_the_page_shows_the_change_and_the_console_says_what_was_rebuilt()
    {
        await using var preview = await RunningPreview.StartAsync();
        var id = Path.GetFileNameWithoutExtension(preview.Site.AddEntry());
        await preview.NextRebuild();
        using var socket = await preview.ConnectAsync(preview.Origin);

        var rebuilt = preview.NextRebuild();
        var path = preview.Site.ChangeTitle(id);
        var message = await RunningPreview.ReceiveAsync(socket);
        var result = await rebuilt;

        Assert.Equal("{\"type\":\"reload\"}", message);
        Assert.Contains(HtmlEncode(preview.Site.TitleOf(id)), await preview.GetTextAsync($"/entries/{id}/"), StringComparison.Ordinal);
        Assert.Equal(1, result.FilesParsed);
        Assert.False(result.FullRender);
        var shown = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        Assert.Matches($@"\] {System.Text.RegularExpressions.Regex.Escape(shown)}: rebuilt in \d+ ms, 1 files parsed, {result.PagesRendered} pages rendered, \d+ entries", preview.Stdout.ToString());
    }

    [Fact]
    public async Task The_page_open_on_an_edited_entry_is_served_and_reloaded_first_and_other_pages_wait_for_the_rest()
    {
        await using var preview = await RunningPreview.StartAsync();
        var id = Path.GetFileNameWithoutExtension(preview.Site.AddEntry());
        await preview.NextRebuild();
        var page = $"/entries/{id}/";
        using var onEntry = await preview.ConnectAsPageAsync(page);
        using var unsaid = await preview.ConnectAsync(preview.Origin);

        // The rebuild is held where it has published the open page, until the test has looked.
        var published = new TaskCompletionSource<IReadOnlyList<StaticChronology.Rendering.OutputFile>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource();
        preview.Server.PublishedFirst += pages =>
        {
            published.TrySetResult(pages);
            release.Task.Wait(RunningPreview.Patience);
        };
        var rebuilt = preview.NextRebuild();
        preview.Site.ChangeTitle(id);
        var title = HtmlEncode(preview.Site.TitleOf(id));

        Assert.Equal("{\"type\":\"reload\"}", await RunningPreview.ReceiveAsync(onEntry));
        Assert.Equal($"entries/{id}/index.html", Assert.Single(await published.Task.WaitAsync(RunningPreview.Patience)).Path);
        Assert.Contains(title, await preview.GetTextAsync(page), StringComparison.Ordinal);
        var home = preview.GetTextAsync("/");
        var unsaidMessage = RunningPreview.ReceiveAsync(unsaid);
        Assert.False(rebuilt.IsCompleted);

        release.SetResult();
        Assert.Contains(title, await home, StringComparison.Ordinal);
        Assert.Equal("{\"type\":\"reload\"}", await unsaidMessage);
        Assert.False((await rebuilt).FullRender);
    }

    [Fact]
    public async Task With_the_home_page_open_and_made_first_a_page_that_did_not_say_which_it_is_still_reloads()
    {
        await using var preview = await RunningPreview.StartAsync();
        var id = Path.GetFileNameWithoutExtension(preview.Site.AddEntry());
        await preview.NextRebuild();
        using var onHome = await preview.ConnectAsPageAsync("/");
        using var unsaid = await preview.ConnectAsync(preview.Origin);
        var published = new TaskCompletionSource<IReadOnlyList<StaticChronology.Rendering.OutputFile>>(TaskCreationOptions.RunContinuationsAsynchronously);
        preview.Server.PublishedFirst += pages => published.TrySetResult(pages);

        var rebuilt = preview.NextRebuild();
        preview.Site.ChangeTitle(id);

        Assert.Equal("{\"type\":\"reload\"}", await RunningPreview.ReceiveAsync(onHome));
        Assert.Equal("index.html", Assert.Single(await published.Task.WaitAsync(RunningPreview.Patience)).Path);
        Assert.Equal("{\"type\":\"reload\"}", await RunningPreview.ReceiveAsync(unsaid));
        await rebuilt;
        Assert.Contains(HtmlEncode(preview.Site.TitleOf(id)), await preview.GetTextAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_edit_keeps_the_last_good_site_with_an_escaped_overlay_of_its_errors_until_it_is_fixed()
    {
        await using var preview = await RunningPreview.StartAsync();
        var path = preview.Site.PathOf(Talks);
        var good = File.ReadAllText(path);
        var before = await preview.GetTextAsync($"/entries/{Talks}/");
        Assert.DoesNotContain("chrono-errors", before, StringComparison.Ordinal);
        using var socket = await preview.ConnectAsync(preview.Origin);

        var broken = preview.NextRebuild();
        File.WriteAllText(path, good + "\n<script>alert(1)</script>: yes\n");
        Assert.False((await broken).Build.Succeeded);
        Assert.Equal("{\"type\":\"reload\"}", await RunningPreview.ReceiveAsync(socket));

        var shown = await preview.GetTextAsync($"/entries/{Talks}/");
        Assert.Contains("<section id=\"chrono-errors\" role=\"alert\" aria-labelledby=\"chrono-errors-title\"", shown, StringComparison.Ordinal);
        Assert.Matches(@"2022-01-10-geneva-talks\.yml:\d+:\d+: error CHR\d+: ", shown);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", shown, StringComparison.Ordinal);
        Assert.Contains("US–Russia talks in Geneva", shown, StringComparison.Ordinal);
        Assert.Contains("chrono-errors", await preview.GetTextAsync("/"), StringComparison.Ordinal);

        var fixedBuild = preview.NextRebuild();
        File.WriteAllText(path, good.Replace("US–Russia talks in Geneva", "US–Russia talks in Geneva, fixed", StringComparison.Ordinal));
        Assert.True((await fixedBuild).Build.Succeeded);
        Assert.Equal("{\"type\":\"reload\"}", await RunningPreview.ReceiveAsync(socket));

        var after = await preview.GetTextAsync($"/entries/{Talks}/");
        Assert.DoesNotContain("chrono-errors", after, StringComparison.Ordinal);
        Assert.Contains("US–Russia talks in Geneva, fixed", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_first_build_fails_every_address_shows_the_errors_until_the_fix_is_served()
    {
        using var site = new EditableSite(3);
        var path = site.PathOf(Talks);
        var good = File.ReadAllText(path);
        File.WriteAllText(path, good.Replace("title:", "title: \"unclosed", StringComparison.Ordinal));
        await using var preview = await RunningPreview.StartAsync(site);

        using (var response = await preview.Http.GetAsync($"/entries/{Talks}/"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var shown = await response.Content.ReadAsStringAsync();
            Assert.Contains("id=\"chrono-errors\"", shown, StringComparison.Ordinal);
            Assert.Contains("2022-01-10-geneva-talks.yml:2:", shown, StringComparison.Ordinal);
            Assert.Contains(PageDecorator.ScriptPath, shown, StringComparison.Ordinal);
        }

        using var socket = await preview.ConnectAsync(preview.Origin);
        var fixedBuild = preview.NextRebuild();
        File.WriteAllText(path, good);
        Assert.True((await fixedBuild).Build.Succeeded);
        Assert.Equal("{\"type\":\"reload\"}", await RunningPreview.ReceiveAsync(socket));
        Assert.DoesNotContain("chrono-errors", await preview.GetTextAsync($"/entries/{Talks}/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_shows_in_the_preview_with_a_draft_mark_and_never_in_build_output()
    {
        await using var preview = await RunningPreview.StartAsync();
        var rebuilt = preview.NextRebuild();
        preview.Site.Fixture.Write("input/entries/2022/2022-01-12-secret-draft.yml", """
            date: 2022-01-12
            title: A draft nobody should publish yet
            sources: [report-b]
            draft: true
            """);
        Assert.True((await rebuilt).Build.Succeeded);

        var page = await preview.GetTextAsync("/entries/2022-01-12-secret-draft/");
        Assert.Contains("entry--draft", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge badge--draft\">Draft</span>", page, StringComparison.Ordinal);
        Assert.Contains("A draft nobody should publish yet", await preview.GetTextAsync("/"), StringComparison.Ordinal);

        var build = preview.Site.Fixture.Build();
        Assert.True(build.Succeeded);
        Assert.DoesNotContain(build.Files, f => f.Path.Contains("secret-draft", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Files, f => Encoding.UTF8.GetString(f.Content).Contains("A draft nobody should publish yet", StringComparison.Ordinal));
        Assert.DoesNotContain(build.Files, f => f.IsHtml && Encoding.UTF8.GetString(f.Content).Contains("class=\"preview-banner\"", StringComparison.Ordinal));
    }

    private static byte[] Inject(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var end = text.LastIndexOf("</body>", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(text[..end] + "<script src=\"/__chrono/live-reload.js\"></script>\n" + text[end..]);
    }

    private static string HtmlEncode(string text) => WebUtility.HtmlEncode(text);
}
