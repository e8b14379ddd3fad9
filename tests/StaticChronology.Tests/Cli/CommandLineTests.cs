using StaticChronology.Cli;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Cli;

/// <summary>The chrono command as a contributor meets it: exit codes, diagnostics on stderr, a summary on stdout.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Build_writes_the_site_and_exits_zero()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var (code, stdout, _) = await Run("build", "--input", site.InputRoot, "--theme", site.ThemeRoot, "--output", site.OutputRoot);

        Assert.Equal(0, code);
        Assert.True(File.Exists(Path.Combine(site.OutputRoot, "index.html")));
        Assert.Contains("Built 3 entries", stdout, StringComparison.Ordinal);
        Assert.Contains("entry 3", stdout, StringComparison.Ordinal);
        Assert.Contains("0 errors, 0 warnings", stdout, StringComparison.Ordinal);
        Assert.Matches(@"stages: +load \d+ ms, assemble \d+ ms, theme \d+ ms, render \d+ ms, check \d+ ms, write \d+ ms", stdout);
    }

    [Fact]
    public async Task Check_reports_every_error_as_path_line_col_and_exits_one_without_writing()
    {
        using var site = new SiteFixture(SmallSite.Files());
        site.Write("input/entries/2022/bad-date.yml", "date: 2022-13\ntitle: Bad\nsources: [report-a]\n");
        site.Write("input/entries/2022/bad-key.yml", "date: 2022-01-03\ntitel: Bad\nsources: [report-a]\n");

        var (code, _, stderr) = await Run("check", "--input", site.InputRoot, "--theme", site.ThemeRoot, "--output", site.OutputRoot);

        Assert.Equal(1, code);
        Assert.False(Directory.Exists(site.OutputRoot));
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("input/entries/2022/bad-date.yml:1:", StringComparison.Ordinal) && l.Contains(": error CHR300: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("input/entries/2022/bad-key.yml:2:1: error CHR202: unknown key 'titel'", StringComparison.Ordinal) && l.Contains("did you mean 'title'", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Base_url_option_sets_canonical_links_and_the_base_path()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var (code, _, _) = await Run("build", "--input", site.InputRoot, "--theme", site.ThemeRoot, "--output", site.OutputRoot, "--base-url", "https://example.org/chrono");

        Assert.Equal(0, code);
        var page = SiteAssertions.Page(site.OutputRoot, "entries/2022-01-21-geneva-meeting/index.html");
        Assert.Equal("https://example.org/chrono/entries/2022-01-21-geneva-meeting/", page.QuerySelector("link[rel='canonical']")!.GetAttribute("href"));
        SiteAssertions.AllInternalLinksResolve(site.OutputRoot, "/chrono/");
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("build", "--colour", "red")]
    [InlineData("build", "--output")]
    [InlineData("build", "--base-url", "javascript:alert(1)")]
    public async Task Usage_errors_exit_two_with_a_message(params string[] args)
    {
        var (code, _, stderr) = await Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith("chrono: ", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CommandLine.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
