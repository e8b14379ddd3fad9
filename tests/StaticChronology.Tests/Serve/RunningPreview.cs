using System.Net.WebSockets;
using System.Text;
using StaticChronology.Cli;
using StaticChronology.Cli.Serve;
using StaticChronology.Pipeline;

namespace StaticChronology.Tests.Serve;

/// <summary>A preview server on a free loopback port over an <see cref="EditableSite"/>, with ways to wait for its rebuilds.</summary>
internal sealed class RunningPreview : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly object _gate = new();
    private readonly List<IncrementalResult> _rebuilds = [];
    private TaskCompletionSource<IncrementalResult> _next = NewSignal();

    private RunningPreview(EditableSite site, PreviewServer server, StringWriter stdout, StringWriter stderr)
    {
        Site = site;
        Server = server;
        Stdout = stdout;
        Stderr = stderr;
        server.Rebuilt += OnRebuilt;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Address };
    }

    public EditableSite Site { get; }

    public PreviewServer Server { get; }

    public StringWriter Stdout { get; }

    public StringWriter Stderr { get; }

    public HttpClient Http { get; }

    public string Origin => Server.Address.GetLeftPart(UriPartial.Authority);

    public int RebuildCount
    {
        get
        {
            lock (_gate)
            {
                return _rebuilds.Count;
            }
        }
    }

    public static Task<RunningPreview> StartAsync(int seed = 1, TimeSpan? quiet = null) => StartAsync(new EditableSite(seed), quiet);

    /// <summary>Starts the preview over a site the test prepared; the preview disposes of it.</summary>
    public static async Task<RunningPreview> StartAsync(EditableSite site, TimeSpan? quiet = null)
    {
        var build = new CommandOptions(site.Fixture.InputRoot, site.ThemeRoot, site.Fixture.OutputRoot, null, []);
        var options = new ServeOptions(build, "127.0.0.1", 0, Open: false, quiet ?? ServeOptions.DefaultQuiet);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var server = await PreviewServer.StartAsync(options, TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr));
        return new RunningPreview(site, server, stdout, stderr);
    }

    /// <summary>A task for the next rebuild to finish; take it before making the change.</summary>
    public Task<IncrementalResult> NextRebuild()
    {
        lock (_gate)
        {
            return _next.Task.WaitAsync(Patience);
        }
    }

    public async Task<string> GetTextAsync(string path)
    {
        using var response = await Http.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Opens the live-reload channel as a page of the preview would.</summary>
    public async Task<ClientWebSocket> ConnectAsync(string? origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        if (origin is not null)
        {
            socket.Options.SetRequestHeader("Origin", origin);
        }

        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri($"ws://{Server.Address.Authority}{PageDecorator.SocketPath}"), timeout.Token);
        return socket;
    }

    /// <summary>Opens the live-reload channel as the page at <paramref name="page"/> does, and waits until the server counts it.</summary>
    public async Task<ClientWebSocket> ConnectAsPageAsync(string page)
    {
        var counted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Opened(string opened)
        {
            if (opened == page)
            {
                counted.TrySetResult();
            }
        }

        Server.PageOpened += Opened;
        try
        {
            var socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Origin", Origin);
            using var timeout = new CancellationTokenSource(Patience);
            await socket.ConnectAsync(new Uri($"ws://{Server.Address.Authority}{PageDecorator.SocketPath}?page={Uri.EscapeDataString(page)}"), timeout.Token);
            await counted.Task.WaitAsync(Patience);
            return socket;
        }
        finally
        {
            Server.PageOpened -= Opened;
        }
    }

    public static async Task<string> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer, 0, received.Count);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }

    private void OnRebuilt(IncrementalResult result)
    {
        TaskCompletionSource<IncrementalResult> done;
        lock (_gate)
        {
            _rebuilds.Add(result);
            done = _next;
            _next = NewSignal();
        }

        done.TrySetResult(result);
    }

    private static TaskCompletionSource<IncrementalResult> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
