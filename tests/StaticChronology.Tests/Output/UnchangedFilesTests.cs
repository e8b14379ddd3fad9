using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Output;

/// <summary>A rebuild writes only the files whose bytes changed; the others keep their modification time, so a deploy uploads only what changed.</summary>
public sealed class UnchangedFilesTests
{
    private const string Geneva = "input/entries/2022/2022-01-21-geneva-meeting.yml";

    [Fact]
    public void A_rebuild_after_one_edit_keeps_the_untouched_files_and_rewrites_the_changed_ones()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(site.OutputRoot, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, longAgo);
        }

        site.Write(Geneva, File.ReadAllText(site.Combine(Geneva)).Replace("Blinken and Lavrov meet in Geneva", "Blinken and Lavrov meet again in Geneva", StringComparison.Ordinal));
        Assert.True(site.Build().Succeeded);

        var entry = Path.Combine(site.OutputRoot, "entries", "2022-01-21-geneva-meeting", "index.html");
        Assert.Contains("meet again in Geneva", File.ReadAllText(entry), StringComparison.Ordinal);
        Assert.NotEqual(longAgo, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(site.OutputRoot, "robots.txt")));
        Assert.Equal(longAgo, File.GetLastWriteTimeUtc(Path.Combine(site.OutputRoot, "css", "site.css")));

        // The kept files are whole and the site is what a clean build of the edited input gives.
        var clean = site.Combine("clean");
        Assert.True(site.Build(clean).Succeeded);
        Sites.DeterminismTests.AssertSameTree(clean, site.OutputRoot);
    }
}
