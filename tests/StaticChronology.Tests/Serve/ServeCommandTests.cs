using StaticChronology.Cli;
using StaticChronology.Cli.Serve;

namespace StaticChronology.Tests.Serve;

/// <summary><c>chrono serve</c> on the command line: its options, its usage errors, and <c>--open</c>.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Options_are_read_with_the_build_options()
    {
        Assert.True(ServeOptions.TryParse(["--port", "6001", "--host", "::1", "--open", "--input", "in", "--theme", "th"], out var options, out _));
        Assert.Equal(6001, options.Port);
        Assert.Equal("::1", options.Host);
        Assert.True(options.Open);
        Assert.True(options.IsLoopback);
        Assert.Equal("in", options.Build.Input);
        Assert.Equal("th", options.Build.Theme);
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--host", "example.org")]
    [InlineData("--port")]
    [InlineData("--colour", "red")]
    public async Task A_bad_option_is_a_usage_error(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(2, await CommandLine.RunAsync(["serve", .. args], stdout, stderr));
        Assert.StartsWith("chrono: ", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_opens_the_served_address_and_help_lists_serve()
    {
        using var site = new EditableSite(1);
        var stdout = new SignallingWriter("Serving the preview at ");
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var opened = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = ServeCommand.RunAsync(["--port", "0", "--open", "--input", site.Fixture.InputRoot, "--theme", site.ThemeRoot],
            stdout, TextWriter.Synchronized(stderr), address => opened.TrySetResult(address), stop.Token);

        var address = await opened.Task.WaitAsync(RunningPreview.Patience);
        using (var http = new HttpClient())
        {
            Assert.Contains("<html", await http.GetStringAsync(address), StringComparison.Ordinal);
        }

        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(RunningPreview.Patience));
        Assert.Contains($"Serving the preview at {address}", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("serve    Build the site, serve it", CommandLine.Usage, StringComparison.Ordinal);
    }
}
