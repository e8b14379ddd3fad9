using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Output;

/// <summary>A failed build leaves the previous site exactly as it was; a good one replaces it whole.</summary>
public sealed class AtomicOutputTests
{
    [Fact]
    public void A_build_with_errors_leaves_the_previous_output_untouched()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputRoot);

        site.Write("input/entries/2022/broken.yml", "date: 2022-02-30\ntitle: Broken\nsources: [report-a]\n");
        var result = site.Build();

        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.OutputRoot));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.staging")));
    }

    [Fact]
    public void A_successful_build_removes_pages_of_deleted_entries()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);
        site.Delete("input/entries/2022/2022-01-call-window.yml");
        site.Write("input/people.yml", "- id: antony-blinken\n  name: Antony Blinken\n- id: sergey-lavrov\n  name: Sergey Lavrov\n");

        Assert.True(site.Build().Succeeded);

        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, "entries", "2022-01-call-window")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, "people", "dmytro-kuleba")));
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "entries", "2022-01-21-geneva-meeting", "index.html")));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_build_is_replaced_and_never_published()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var staging = Path.Combine(site.Root, ".output.staging");
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "half-written.html"), "<html><bo");

        Assert.True(site.Build().Succeeded);

        Assert.False(File.Exists(Path.Combine(site.OutputRoot, "half-written.html")));
        Assert.False(Directory.Exists(staging));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);
}
