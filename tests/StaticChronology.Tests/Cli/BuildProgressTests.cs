using StaticChronology.Cli;
using StaticChronology.Pipeline;
using StaticChronology.Rendering;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Cli;

/// <summary>Long builds say how far rendering has got: a plain line per tenth in logs, one rewritten line on a terminal.</summary>
public sealed class BuildProgressTests
{
    [Fact]
    public void In_a_log_a_long_render_prints_a_line_at_each_tenth()
    {
        using var output = new StringWriter();
        var progress = new BuildProgress(output, terminal: false, () => TimeSpan.Zero);

        for (var i = 1; i <= 2000; i++)
        {
            progress.Report(new RenderProgress(i, 2000));
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        Assert.Equal("rendered 200 of 2000 pages", lines[0]);
        Assert.Equal("rendered 2000 of 2000 pages", lines[^1]);
    }

    [Fact]
    public void Counts_reported_out_of_order_by_workers_never_go_backwards()
    {
        using var output = new StringWriter();
        var progress = new BuildProgress(output, terminal: false, () => TimeSpan.Zero);

        progress.Report(new RenderProgress(1500, 5000));
        progress.Report(new RenderProgress(400, 5000));
        progress.Report(new RenderProgress(5000, 5000));

        Assert.Equal(
            ["rendered 1500 of 5000 pages", "rendered 1500 of 5000 pages", "rendered 1500 of 5000 pages",
             "rendered 5000 of 5000 pages", "rendered 5000 of 5000 pages", "rendered 5000 of 5000 pages", "rendered 5000 of 5000 pages",
             "rendered 5000 of 5000 pages", "rendered 5000 of 5000 pages", "rendered 5000 of 5000 pages"],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void On_a_terminal_one_line_is_rewritten_at_most_every_interval_and_cleared_at_the_end()
    {
        using var output = new StringWriter();
        var now = TimeSpan.Zero;
        var progress = new BuildProgress(output, terminal: true, () => now);

        for (var i = 1; i <= 1000; i++)
        {
            // Each page takes a millisecond: 1,000 pages over one second give ten writes, then the last.
            now = TimeSpan.FromMilliseconds(i);
            progress.Report(new RenderProgress(i, 1000));
        }

        var text = output.ToString();
        Assert.DoesNotContain('\n', text);
        Assert.Equal(11, text.Split("\rRendering pages: ").Length - 1);
        Assert.Contains("\rRendering pages: 1000 of 1000", text, StringComparison.Ordinal);
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_build_prints_no_progress()
    {
        using var output = new StringWriter();
        var progress = new BuildProgress(output, terminal: false, () => TimeSpan.Zero);

        for (var i = 1; i < BuildProgress.MinimumPages; i++)
        {
            progress.Report(new RenderProgress(i, BuildProgress.MinimumPages - 1));
        }

        Assert.Empty(output.ToString());
    }

    [Fact]
    public void The_pipeline_reports_every_page_it_renders()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var reports = new System.Collections.Concurrent.ConcurrentBag<RenderProgress>();

        var result = new BuildPipeline(new BuildOptions(site.InputRoot, site.ThemeRoot, site.OutputRoot, site.Root, Progress: new Collect(reports))).Run();

        Assert.True(result.Succeeded);
        var pages = result.Files.Count(f => f.IsHtml);
        Assert.Equal(pages, reports.Count);
        Assert.All(reports, r => Assert.Equal(pages, r.Total));
        Assert.Equal(Enumerable.Range(1, pages), reports.Select(r => r.Rendered).Order());
    }

    private sealed class Collect(System.Collections.Concurrent.ConcurrentBag<RenderProgress> reports) : IProgress<RenderProgress>
    {
        public void Report(RenderProgress value) => reports.Add(value);
    }
}
