using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Architecture;

/// <summary>netlify.toml publishes the folder the build writes, runs our build, and sends the security headers.</summary>
public sealed class NetlifyConfigurationTests
{
    private static readonly string Toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));

    [Fact]
    public void It_publishes_the_output_folder_that_build_writes()
    {
        Assert.Matches(@"(?m)^\s*publish\s*=\s*""output/?""\s*$", Toml);
        Assert.Equal("output", new StaticChronology.Cli.CommandOptions("input", "theme", "output", null, []).Output);
        Assert.True(StaticChronology.Cli.CommandOptions.TryParse([], out var defaults, out _));
        Assert.Equal("output", defaults.Output);
    }

    [Fact]
    public void Its_build_command_installs_the_sdk_from_global_json_and_runs_chrono_build()
    {
        var command = System.Text.RegularExpressions.Regex.Match(Toml, @"(?m)^\s*command\s*=\s*""([^""]+)""").Groups[1].Value;
        var script = command.Split(' ').Last();
        var text = File.ReadAllText(Path.Combine(Repository.Root, script));
        Assert.Contains("--jsonfile global.json", text, StringComparison.Ordinal);
        Assert.Contains("src/StaticChronology.Cli", text, StringComparison.Ordinal);
        Assert.Contains("-- build", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Content-Security-Policy", "default-src 'self'")]
    [InlineData("X-Content-Type-Options", "nosniff")]
    [InlineData("Referrer-Policy", "strict-origin-when-cross-origin")]
    [InlineData("Permissions-Policy", "camera=()")]
    public void It_sets_the_security_headers_on_every_path(string header, string value)
    {
        var everyPath = Toml.Split("[[headers]]").Single(block => block.Contains("for = \"/*\"", StringComparison.Ordinal));
        Assert.Matches($@"(?m)^\s*{header}\s*=\s*"".*{System.Text.RegularExpressions.Regex.Escape(value)}.*""\s*$", everyPath);
    }

    [Fact]
    public void It_allows_no_cross_origin_reads()
    {
        Assert.DoesNotContain("Access-Control-Allow-Origin", Toml, StringComparison.Ordinal);
    }
}
