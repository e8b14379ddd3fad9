using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;

namespace StaticChronology.Cli.Serve;

/// <summary>The open pages' WebSockets, the address of the page each belongs to, and the message that tells them to reload.</summary>
public sealed class LiveReload
{
    private static readonly byte[] ReloadMessage = Encoding.UTF8.GetBytes("{\"type\":\"reload\"}");
    private readonly ConcurrentDictionary<WebSocket, string> _sockets = new();

    /// <summary>Raised with a page's address once its socket is counted among the open pages.</summary>
    public event Action<string>? Opened;

    /// <summary>
    /// Holds one page's socket open until it closes or the server stops; pages send nothing that matters.
    /// </summary>
    /// <param name="page">The address of the page (<c>/entries/…/</c>), or empty when it did not say.</param>
    public async Task AcceptAsync(WebSocket socket, string page, CancellationToken stopping)
    {
        _sockets.TryAdd(socket, page);
        Opened?.Invoke(page);
        try
        {
            var buffer = new byte[256];
            while (socket.State == WebSocketState.Open)
            {
                var received = await socket.ReceiveAsync(buffer, stopping);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // A tab closed or the server is stopping: either way this socket is done.
        }
        finally
        {
            _sockets.TryRemove(socket, out _);
        }
    }

    /// <summary>The addresses of the open pages that said theirs.</summary>
    public IReadOnlySet<string> OpenPages() =>
        _sockets.Values.Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Tells the pages whose address <paramref name="which"/> accepts (empty when a page did not say) to reload.</summary>
    /// <remarks>
    /// A socket takes one message at a time: the server calls this from its rebuild loop only, and waits for each
    /// call, so two never overlap.
    /// </remarks>
    public async Task ReloadAsync(Func<string, bool> which)
    {
        foreach (var (socket, path) in _sockets)
        {
            if (!which(path))
            {
                continue;
            }

            try
            {
                await socket.SendAsync(ReloadMessage, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
            }
            catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
            {
                _sockets.TryRemove(socket, out _);
            }
        }
    }
}
