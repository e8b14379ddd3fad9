using System.Security.Cryptography;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Output;

/// <summary>A build killed while it writes leaves the previous site whole, with no truncated file, and the next build recovers.</summary>
public sealed class KilledBuildTests
{
    [Fact]
    public async Task A_build_killed_mid_write_leaves_the_previous_output_intact_and_the_next_build_succeeds()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputRoot);
        // Enough entries that the home page and the data files outgrow the file-size limit below.
        for (var i = 0; i < 400; i++)
        {
            var day = 1 + (i % 28);
            site.Write($"input/entries/2022/2022-02-{day:D2}-bulk-{i:D4}.yml", $"date: 2022-02-{day:D2}\ntitle: Bulk entry {i}\nsummary: Entry number {i}, with **some** text.\nsources: [report-b]\n");
        }

        // The kernel kills the build (SIGXFSZ) the moment a write passes 64 KiB: a kill that always lands
        // mid-write, in the middle of one file, while other files are done and others not yet begun.
        const int limitKiB = 64;
        // The runtime's double-mapped code pages live in a memory file that the same limit would refuse.
        var (code, _, stderr) = await ChronoProcess.RunAsync(
            new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" },
            "bash", "-c", $"ulimit -f {limitKiB} && exec \"$0\" \"$@\"", ChronoProcess.Host, ChronoProcess.Dll,
            "build", "--input", site.InputRoot, "--theme", site.ThemeRoot, "--output", site.OutputRoot);

        // 128 + SIGXFSZ (25): killed by the signal, not stopped by an error it could report.
        Assert.True(code == 128 + 25, $"exit code {code}: {stderr}");
        var staging = Path.Combine(site.Root, ".output.staging");
        Assert.True(Directory.Exists(staging), "the build should have died while writing its staging folder: " + stderr);
        Assert.Contains(Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories), f => new FileInfo(f).Length == limitKiB * 1024);
        Assert.Equal(before, Snapshot(site.OutputRoot));

        var rebuilt = site.Build();
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        Assert.False(Directory.Exists(staging));
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "entries", "2022-02-01-bulk-0000", "index.html")));
    }

    [Fact]
    public void A_build_killed_between_its_two_renames_gets_the_previous_site_back()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);
        var before = Snapshot(site.OutputRoot);
        // The state after the first rename and before the second: no output folder, the site under its previous name.
        Directory.Move(site.OutputRoot, Path.Combine(site.Root, ".output.previous"));
        site.Write("input/entries/2022/broken.yml", "date: 2022-02-30\ntitle: Broken\nsources: [report-a]\n");

        Assert.False(site.Build().Succeeded);

        Assert.Equal(before, Snapshot(site.OutputRoot));
        Assert.False(Directory.Exists(Path.Combine(site.Root, ".output.previous")));
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))), StringComparer.Ordinal);
}
