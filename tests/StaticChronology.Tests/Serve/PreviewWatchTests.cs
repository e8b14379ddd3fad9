using System.Globalization;
using StaticChronology.Cli.Serve;

namespace StaticChronology.Tests.Serve;

/// <summary>Saves as editors and tools make them: bursts, half-written files, saves by rename, lost reports (hostile input 42).</summary>
public sealed class PreviewWatchTests
{
    private const string Talks = "2022-01-10-geneva-talks";

    [Fact]
    public async Task Five_hundred_files_written_at_once_make_one_rebuild()
    {
        // A generous quiet time, so that a loaded machine pausing between two writes does not split the burst.
        await using var preview = await RunningPreview.StartAsync(quiet: TimeSpan.FromMilliseconds(500));
        var rebuilt = preview.NextRebuild();
        for (var i = 0; i < 500; i++)
        {
            preview.Site.Fixture.Write(string.Create(CultureInfo.InvariantCulture, $"input/entries/2021/2021-bulk-{i:D3}.yml"),
                string.Create(CultureInfo.InvariantCulture, $"date: 2021-03-{1 + (i % 28):D2}\ntitle: Bulk entry {i}\nsources: [report-a]\n"));
        }

        var result = await rebuilt;
        Assert.True(result.Build.Succeeded, string.Join('\n', result.Build.Diagnostics));
        Assert.Equal(503, result.Build.EntryCount);

        // The next rebuild is the one for this marker edit: nothing of the burst was left over for a second one.
        var marker = preview.NextRebuild();
        var path = preview.Site.ChangeTitle(Path.GetFileNameWithoutExtension(preview.Site.AddEntry()));
        await marker;
        Assert.Equal(2, preview.RebuildCount);
        Assert.Contains(path[path.LastIndexOf('/')..], preview.Stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_by_rename_is_seen_as_a_change_of_the_file()
    {
        await using var preview = await RunningPreview.StartAsync();
        var path = preview.Site.PathOf(Talks);
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".swp");
        File.WriteAllText(temporary, File.ReadAllText(path).Replace("US–Russia talks in Geneva", "Renamed into place", StringComparison.Ordinal));

        var rebuilt = preview.NextRebuild();
        File.Move(temporary, path, overwrite: true);
        var result = await rebuilt;

        Assert.True(result.Build.Succeeded, string.Join('\n', result.Build.Diagnostics));
        Assert.Contains("Renamed into place", await preview.GetTextAsync($"/entries/{Talks}/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_half_written_save_shows_its_error_keeps_the_last_good_site_and_the_finished_save_is_served()
    {
        await using var preview = await RunningPreview.StartAsync();
        var path = preview.Site.PathOf(Talks);
        var whole = File.ReadAllText(path).Replace("US–Russia talks in Geneva", "Finished save", StringComparison.Ordinal);

        var half = preview.NextRebuild();
        File.WriteAllText(path, whole[..(whole.IndexOf("tags: [", StringComparison.Ordinal) + 12)]);
        var halfResult = await half;
        Assert.False(halfResult.Build.Succeeded, File.ReadAllText(path) + "\n" + string.Join("\n", halfResult.Build.Diagnostics));
        var during = await preview.GetTextAsync($"/entries/{Talks}/");
        Assert.Contains("US–Russia talks in Geneva", during, StringComparison.Ordinal);
        Assert.Contains("chrono-errors", during, StringComparison.Ordinal);

        var finished = preview.NextRebuild();
        File.WriteAllText(path, whole);
        Assert.True((await finished).Build.Succeeded);
        var after = await preview.GetTextAsync($"/entries/{Talks}/");
        Assert.Contains("Finished save", after, StringComparison.Ordinal);
        Assert.DoesNotContain("chrono-errors", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_to_the_theme_and_to_seeds_are_watched_too()
    {
        await using var preview = await RunningPreview.StartAsync();
        var layout = Path.Combine(preview.Site.ThemeRoot, "layouts", "entry.html");
        var themed = preview.NextRebuild();
        File.AppendAllText(layout, "<p class=\"theme-edit\">Edited layout</p>\n");
        Assert.True((await themed).FullRender);
        Assert.Contains("Edited layout", await preview.GetTextAsync($"/entries/{Talks}/"), StringComparison.Ordinal);

        // The geneva meeting quotes seeds/a.txt: without the quoted words there, the build fails at the quote.
        var seed = preview.Site.Fixture.Combine("seeds/a.txt");
        var seedBroken = preview.NextRebuild();
        File.WriteAllText(seed, "Nothing of what was said.\n");
        var broken = await seedBroken;
        Assert.False(broken.Build.Succeeded);
        Assert.Contains(broken.Build.Diagnostics, d => d.Message.Contains("is not in seeds/a.txt", StringComparison.Ordinal));

        var seedFixed = preview.NextRebuild();
        File.WriteAllText(seed, Support.SmallSite.SeedA);
        Assert.True((await seedFixed).Build.Succeeded);
    }

    [Fact]
    public async Task Reports_in_a_burst_come_out_as_one_change_set_and_a_lost_report_makes_it_a_rescan()
    {
        var batcher = new ChangeBatcher(TimeSpan.FromMilliseconds(200));
        batcher.Changed("/site/input/a.yml");
        batcher.Changed("/site/input/b.yml");
        batcher.Changed("/site/input/a.yml");
        var first = await batcher.NextAsync(CancellationToken.None).WaitAsync(RunningPreview.Patience);
        Assert.Equal(["/site/input/a.yml", "/site/input/b.yml"], first.Paths.ToArray());
        Assert.False(first.Rescan);

        batcher.Changed("/site/input/c.yml");
        batcher.Overflowed();
        var second = await batcher.NextAsync(CancellationToken.None).WaitAsync(RunningPreview.Patience);
        Assert.True(second.Rescan);
    }
}
