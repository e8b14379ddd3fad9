using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;

namespace StaticChronology.Cli.Serve;

/// <summary>The open pages' WebSockets, and the message that tells them all to reload.</summary>
public sealed class LiveReload
{
    private static readonly byte[] ReloadMessage = Encoding.UTF8.GetBytes("{\"type\":\"reload\"}");
    private readonly ConcurrentDictionary<WebSocket, byte> _sockets = new();

    /// <summary>Holds one page's socket open until it closes or the server stops; pages send nothing that matters.</summary>
    public async Task AcceptAsync(WebSocket socket, CancellationToken stopping)
    {
        _sockets.TryAdd(socket, 0);
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

    public async Task ReloadAllAsync()
    {
        foreach (var socket in _sockets.Keys)
        {
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
