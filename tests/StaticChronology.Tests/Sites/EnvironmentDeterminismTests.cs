using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>The real <c>chrono build</c>, run in child processes under other time zones and locales, writes byte-identical sites.</summary>
public sealed class EnvironmentDeterminismTests
{
    [Theory]
    [InlineData("Pacific/Kiritimati", "tr_TR.UTF-8")]
    [InlineData("America/St_Johns", "de_DE.UTF-8")]
    [InlineData("Asia/Kathmandu", "ar_SA.UTF-8")]
    public async Task A_build_under_another_time_zone_and_locale_is_byte_identical(string timeZone, string locale)
    {
        using var site = new SiteFixture(SmallSite.Files());
        var reference = site.Combine("out-utc");
        var other = site.Combine("out-other");

        var first = await Build(site, reference, new() { ["TZ"] = "UTC", ["LANG"] = "C.UTF-8", ["LC_ALL"] = "C.UTF-8" });
        var second = await Build(site, other, new() { ["TZ"] = timeZone, ["LANG"] = locale, ["LC_ALL"] = locale });

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        DeterminismTests.AssertSameTree(reference, other);
    }

    [Fact]
    public async Task A_child_build_matches_an_in_process_build()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var child = site.Combine("out-child");
        Assert.True(site.Build().Succeeded);

        Assert.Equal(0, await Build(site, child, new() { ["TZ"] = "Australia/Lord_Howe" }));

        DeterminismTests.AssertSameTree(site.OutputRoot, child);
    }

    private static async Task<int> Build(SiteFixture site, string output, Dictionary<string, string> environment)
    {
        var (code, _, stderr) = await ChronoProcess.RunAsync(environment, "build", "--input", site.InputRoot, "--theme", site.ThemeRoot, "--output", output);
        Assert.True(code == 0, stderr);
        return code;
    }
}
