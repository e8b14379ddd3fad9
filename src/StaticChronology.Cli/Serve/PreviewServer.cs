using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using StaticChronology.Pipeline;
using StaticChronology.Rendering;
using StaticChronology.Rendering.Data;

namespace StaticChronology.Cli.Serve;

/// <summary>
/// The preview: Kestrel serving the site from memory exactly as <c>build</c> would publish it (drafts included,
/// marked), rebuilding incrementally on every burst of changes and telling open pages to reload.
/// </summary>
/// <remarks>
/// One loop does every rebuild, one after another, so builds never overlap; requests read whichever
/// <see cref="PreviewSite"/> was published last and so always see a whole site. A failed build publishes only
/// its errors, beside the last good files.
/// </remarks>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly WebApplication _app;
    private readonly LiveReload _reload = new();
    private readonly ChangeBatcher _batcher;
    private readonly CancellationTokenSource _stopping = new();
    private IncrementalBuilder? _builder;
    private RequestGuard? _guard;
    private SiteUrls _urls = new("http://127.0.0.1/");
    private InputWatcher? _watcher;
    private Task? _loop;
    private volatile PreviewSite _site = PreviewSite.Empty;

    private PreviewServer(ServeOptions options, TextWriter stdout, TextWriter stderr)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _batcher = new ChangeBatcher(options.Quiet);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            var address = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
            kestrel.Listen(address, options.Port);
            kestrel.AddServerHeader = false;
        });
        _app = builder.Build();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        _app.Run(HandleAsync);
    }

    /// <summary>The address the site is served at, with the port actually bound.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public PreviewSite Site => _site;

    /// <summary>Raised after every rebuild, on the rebuild loop, once the new site is published and the open pages told to reload.</summary>
    public event Action<IncrementalResult>? Rebuilt;

    /// <summary>
    /// Raised on the rebuild loop when a rebuild has published the pages open in browsers, and told them to reload,
    /// ahead of the rest of the site; the rebuild goes on once the handlers return.
    /// </summary>
    public event Action<IReadOnlyList<OutputFile>>? PublishedFirst;

    /// <summary>Raised with a page's address (empty if it did not say) once its live-reload socket is open and counted.</summary>
    public event Action<string>? PageOpened
    {
        add => _reload.Opened += value;
        remove => _reload.Opened -= value;
    }

    /// <summary>Starts listening, builds the site once, then watches its folders.</summary>
    public static async Task<PreviewServer> StartAsync(ServeOptions options, TextWriter stdout, TextWriter stderr, CancellationToken cancel = default)
    {
        var server = new PreviewServer(options, stdout, stderr);
        await server.StartAsync(cancel);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _watcher?.Dispose();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task StartAsync(CancellationToken cancel)
    {
        await _app.StartAsync(cancel);
        var bound = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var host = _options.Host.Contains(':', StringComparison.Ordinal) ? "[" + _options.Host + "]" : _options.Host;
        Address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{bound.Port}/"));
        _guard = new RequestGuard(_options.Host, bound.Port);
        _urls = new SiteUrls(Address.ToString());

        var build = _options.Build;
        _builder = new IncrementalBuilder(new BuildOptions(
            build.Input, build.Theme, build.Output, Directory.GetCurrentDirectory(), Address.ToString(), WriteOutput: false, IncludeDrafts: true));

        // The watcher starts before the first build, so a save made during it is not missed.
        _watcher = new InputWatcher([build.Input, build.Theme, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(build.Input)) ?? ".", "seeds")], _batcher);
        Rebuild(ChangeSet.Everything, "first build");
        _loop = Task.Run(() => WatchAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task WatchAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            ChangeSet changes;
            try
            {
                changes = await _batcher.NextAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                Rebuild(changes, Describe(changes));
            }
#pragma warning disable CA1031 // The preview must outlive any one failed rebuild; the error is shown and the last good site stays.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                await _stderr.WriteLineAsync("rebuild failed unexpectedly: " + ex.Message);
            }
        }
    }

    /// <summary>
    /// Rebuilds and publishes the site. The pages open in browsers come first: when they changed and are sound,
    /// they are published and their browsers told to reload while the rest is made.
    /// </summary>
    private void Rebuild(ChangeSet changes, string what)
    {
        var before = _site;
        var early = new HashSet<string>(StringComparer.Ordinal);
        var settled = new TaskCompletionSource<PreviewSite>(TaskCreationOptions.RunContinuationsAsynchronously);
        var open = _reload.OpenPages();
        var first = open.Count == 0 || before.IsBroken ? null : new FirstPages(open, pages =>
        {
            _site = before.WithFirst(pages, settled.Task);
            early.UnionWith(pages.Select(p => p.Path));
            _reload.ReloadAsync(path => path.Length > 0 && early.Contains(_urls.OutputPath(path))).GetAwaiter().GetResult();
            PublishedFirst?.Invoke(pages);
        });

        try
        {
            var result = _builder!.Rebuild(changes, first);
            var build = result.Build;
            var time = (int)Math.Round(build.Timings.Sum(t => t.Elapsed.TotalMilliseconds));
            var clock = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
            if (build.Succeeded)
            {
                _site = new PreviewSite(result.FilesByPath, []);
                _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{clock}] {what}: rebuilt in {time} ms, {result.FilesParsed} files parsed, {result.PagesRendered} pages rendered{(result.FullRender ? " (all)" : string.Empty)}, {build.EntryCount} entries"));
            }
            else
            {
                // The pages published early go with the rest of the rebuild: the last good site is the one from before it.
                _site = before with { Errors = [.. build.Diagnostics.Where(d => d.IsError)] };
                early.Clear();
                _stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"[{clock}] {what}: build failed with {build.ErrorCount} errors in {time} ms; serving the last good site"));
            }

            foreach (var diagnostic in build.Diagnostics)
            {
                _stderr.WriteLine(diagnostic.ToString());
            }

            _stdout.Flush();

            // The other pages are told now; a page that did not say which it is was not told early.
            _reload.ReloadAsync(path => path.Length == 0 || !early.Contains(_urls.OutputPath(path))).GetAwaiter().GetResult();
            Rebuilt?.Invoke(result);
        }
        finally
        {
            // Requests waiting for the rest of the site get whatever was published last, even after a crash.
            settled.TrySetResult(_site);
        }
    }

    private static string Describe(ChangeSet changes)
    {
        if (changes.Rescan)
        {
            return "changes were lost, everything read again";
        }

        var root = Directory.GetCurrentDirectory();
        var shown = changes.Paths.Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        return shown.Count <= 3 ? string.Join(", ", shown) : string.Join(", ", shown.Take(3)) + string.Create(CultureInfo.InvariantCulture, $" and {shown.Count - 3} more");
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var host = request.Headers.Host.ToString();
        if (!_guard!.IsAllowedHost(host))
        {
            await Plain(response, 403, "Host not allowed: the preview answers only to its own address.");
            return;
        }

        var status = RequestGuard.CheckPath(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "/");
        if (status != 200)
        {
            await Plain(response, status, status == 400 ? "Bad request path." : "Not found.");
            return;
        }

        var path = request.Path.Value ?? "/";
        if (path == PageDecorator.SocketPath)
        {
            await AcceptSocketAsync(context, host);
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Plain(response, 405, "Method not allowed.");
            return;
        }

        if (path == PageDecorator.ScriptPath)
        {
            await Send(context, 200, ContentTypes.Of(path), Encoding.UTF8.GetBytes(PageDecorator.Script));
            return;
        }

        var relative = path[1..];
        var file = _urls.OutputPath(path);
        var site = await _site.ForAsync(file);
        if (site.Files.Count == 0)
        {
            // No build has succeeded yet: a page with the errors, which reloads itself once one does.
            var waiting = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>The site did not build</title>\n</head>\n<body>\n</body>\n</html>\n");
            await Send(context, 503, ContentTypes.Of("index.html"), PageDecorator.Decorate(waiting, site.Errors));
            return;
        }

        if (site.Files.TryGetValue(file, out var found))
        {
            if (found.Parts is { } parts)
            {
                await SendParts(context, ContentTypes.Of(file), parts);
                return;
            }

            await Send(context, 200, ContentTypes.Of(file), found.IsHtml ? PageDecorator.Decorate(found.Content, site.Errors) : found.Content);
            return;
        }

        if (site.Files.ContainsKey(relative + "/index.html"))
        {
            response.Headers.Location = path + "/";
            await Plain(response, 301, "Moved.");
            return;
        }

        var notFound = site.Files.TryGetValue("404.html", out var page) ? PageDecorator.Decorate(page.Content, site.Errors) : Encoding.UTF8.GetBytes("Not found.");
        await Send(context, 404, page is null ? "text/plain; charset=utf-8" : ContentTypes.Of("404.html"), notFound);
    }

    private async Task AcceptSocketAsync(HttpContext context, string host)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await Plain(context.Response, 400, "The live-reload channel is a WebSocket.");
            return;
        }

        if (!RequestGuard.IsAllowedOrigin(context.Request.Headers.Origin.ToString(), host))
        {
            await Plain(context.Response, 403, "Origin not allowed.");
            return;
        }

        // The page's address, kept only if it is one: it is matched against the pages a rebuild makes, never served.
        var page = context.Request.Query["page"].ToString();
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await _reload.AcceptAsync(socket, page.StartsWith('/') && page.Length <= 2048 ? page : string.Empty, _stopping.Token);
    }

    private static Task Plain(HttpResponse response, int status, string text) =>
        Send(response.HttpContext, status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(text + "\n"));

    private static async Task Send(HttpContext context, int status, string contentType, byte[] body)
    {
        var response = Start(context, status, contentType, body.Length);
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body);
        }
    }

    /// <summary>Sends a data file kept as its parts piece by piece, never joined: tens of thousands of small writes, flushed in blocks.</summary>
    private static async Task SendParts(HttpContext context, string contentType, FileParts parts)
    {
        const int Block = 64 * 1024;
        var response = Start(context, 200, contentType, parts.Length);
        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        var writer = response.BodyWriter;
        var unflushed = 0;
        foreach (var piece in parts.Pieces())
        {
            writer.Write(piece.Span);
            unflushed += piece.Length;
            if (unflushed >= Block)
            {
                await writer.FlushAsync(context.RequestAborted);
                unflushed = 0;
            }
        }

        await writer.FlushAsync(context.RequestAborted);
    }

    private static HttpResponse Start(HttpContext context, int status, string contentType, long length)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength = length;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        return response;
    }
}
