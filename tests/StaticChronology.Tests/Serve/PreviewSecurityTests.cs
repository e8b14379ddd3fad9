using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using StaticChronology.Cli.Serve;

namespace StaticChronology.Tests.Serve;

/// <summary>The preview server next to a maintainer's other work: hostile inputs 37 to 41 of HOSTILE-INPUTS.md.</summary>
public sealed class PreviewSecurityTests
{
    [Fact]
    public async Task It_binds_to_loopback_by_default_and_warns_when_told_to_listen_elsewhere()
    {
        Assert.True(ServeOptions.TryParse([], out var defaults, out _));
        Assert.Equal("127.0.0.1", defaults.Host);
        Assert.Equal(5080, defaults.Port);
        Assert.True(defaults.IsLoopback);

        await using (var preview = await RunningPreview.StartAsync())
        {
            Assert.Equal("127.0.0.1", preview.Server.Address.Host);
        }

        Assert.Empty(await Stderr("--port", "0"));
        Assert.Contains("warning: serving on 0.0.0.0", await Stderr("--port", "0", "--host", "0.0.0.0"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("attacker.example:{port}")]
    [InlineData("attacker.example")]
    [InlineData("127.0.0.1:1")]
    [InlineData("localhost.attacker.example:{port}")]
    [InlineData("10.0.0.7:{port}")]
    public async Task A_host_header_other_than_the_bound_name_or_address_is_refused(string host)
    {
        await using var preview = await RunningPreview.StartAsync();
        var port = preview.Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host.Replace("{port}", port, StringComparison.Ordinal);
        using var response = await preview.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_bound_address_and_localhost_are_accepted_as_host()
    {
        await using var preview = await RunningPreview.StartAsync();
        foreach (var host in new[] { "127.0.0.1", "localhost" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.Host = $"{host}:{preview.Server.Address.Port}";
            using var response = await preview.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("http://attacker.example")]
    [InlineData("http://attacker.example:{port}")]
    [InlineData("http://10.0.0.7:{port}")]
    [InlineData("http://127.0.0.2:{port}")]
    [InlineData("http://[::1]:{port}")]
    [InlineData("https://127.0.0.1:{port}")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task The_reload_channel_refuses_other_ip_literal_null_and_missing_origins(string? origin)
    {
        await using var preview = await RunningPreview.StartAsync();
        var port = preview.Server.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin.Replace("{port}", port, StringComparison.Ordinal));
        }

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri($"ws://{preview.Server.Address.Authority}{PageDecorator.SocketPath}"), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, socket.HttpStatusCode);
        Assert.Contains("<html", await preview.GetTextAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reload_channel_accepts_the_page_own_origin()
    {
        await using var preview = await RunningPreview.StartAsync();
        using var socket = await preview.ConnectAsync(preview.Origin);
        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
    }

    [Fact]
    public async Task Traversal_in_every_encoding_and_hidden_files_get_400_or_404_and_the_server_stays_up_after_a_thousand()
    {
        await using var preview = await RunningPreview.StartAsync();
        // Files the traversal would reach if it worked: the input folder's own hidden file and the repository's.
        preview.Site.Fixture.Write("input/.env", "SECRET=1\n");
        preview.Site.Fixture.Write(".git/config", "[core]\n");
        string[] targets =
        [
            "/../x", "/../../etc/passwd", "/%2e%2e/%2e%2e/", "/%2E%2E/%2E%2E/etc/passwd", "/..%2f", "/..%2F..%2Finput%2F.env",
            "/..%5c", "/..%5C..%5Cinput", "/..\\..\\x", "/%252e%252e/%252e%252e/", "/.%2e/x", "/%c0%ae%c0%ae/x", "/.git/config",
            "/.env", "/a/.hidden/b", "/entries/.hidden", "/./index.html", "/css/../../x", "/%00", "/entries%2f..%2f..%2fx", "/css/../index.html", "/css/%2e%2e/index.html",
        ];

        for (var i = 0; i < 1000; i++)
        {
            var target = targets[i % targets.Length];
            var (status, body) = await RawGetAsync(preview.Server.Address, target);
            Assert.True(status is 400 or 404, $"{target} answered {status}");
            Assert.DoesNotContain("SECRET", body, StringComparison.Ordinal);
            Assert.DoesNotContain("[core]", body, StringComparison.Ordinal);
        }

        Assert.Contains("<html", await preview.GetTextAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_response_carries_a_permissive_access_control_allow_origin()
    {
        await using var preview = await RunningPreview.StartAsync();
        foreach (var (method, path) in new[] { ("GET", "/"), ("OPTIONS", "/"), ("GET", "/feed.xml"), ("GET", "/nope/"), ("GET", PageDecorator.SocketPath), ("GET", PageDecorator.ScriptPath) })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.Add("Origin", "http://attacker.example");
            request.Headers.Add("Access-Control-Request-Method", "GET");
            using var response = await preview.Http.SendAsync(request);
            Assert.False(response.Headers.NonValidated.Contains("Access-Control-Allow-Origin"), $"{method} {path}");
            Assert.False(response.Content.Headers.NonValidated.Contains("Access-Control-Allow-Origin"), $"{method} {path}");
        }
    }

    /// <summary>Sends the request target exactly as given: an HTTP client would normalise the dots away.</summary>
    private static async Task<(int Status, string Body)> RawGetAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(RunningPreview.Patience);
        var response = await reader.ReadToEndAsync(timeout.Token);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    private static async Task<string> Stderr(params string[] args)
    {
        using var site = new EditableSite(1);
        var stdout = new SignallingWriter("Serving the preview at ");
        using var stderr = new StringWriter();
        using var stop = new CancellationTokenSource();
        var run = StaticChronology.Cli.Serve.ServeCommand.RunAsync(
            [.. args, "--input", site.Fixture.InputRoot, "--theme", site.ThemeRoot], stdout, TextWriter.Synchronized(stderr), stop: stop.Token);
        await stdout.Seen.WaitAsync(RunningPreview.Patience);
        await stop.CancelAsync();
        Assert.Equal(0, await run.WaitAsync(RunningPreview.Patience));
        return stderr.ToString().Split('\n').Where(l => l.StartsWith("warning: serving", StringComparison.Ordinal)).FirstOrDefault() ?? string.Empty;
    }
}
