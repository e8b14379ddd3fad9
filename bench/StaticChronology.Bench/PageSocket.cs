using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace StaticChronology.Bench;

/// <summary>
/// A page's live-reload socket, read with blocking calls on a thread of its own, as a browser in another process
/// reads it: the time a message arrives is taken when the kernel hands it over, not when this process's thread
/// pool, busy with the server's rebuild, gets round to it.
/// </summary>
internal sealed class PageSocket : IDisposable
{
    private readonly TcpClient _tcp;
    private readonly NetworkStream _stream;

    private PageSocket(TcpClient tcp)
    {
        _tcp = tcp;
        _stream = tcp.GetStream();
    }

    /// <summary>Connects and upgrades to a WebSocket at <paramref name="path"/> (with its query).</summary>
    public static PageSocket Open(Uri server, string path)
    {
        var tcp = new TcpClient { NoDelay = true };
        tcp.Connect(server.Host, server.Port);
        var socket = new PageSocket(tcp);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var authority = server.GetLeftPart(UriPartial.Authority);
        var request = string.Create(CultureInfo.InvariantCulture,
            $"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nOrigin: {authority}\r\n\r\n");
        socket._stream.Write(Encoding.ASCII.GetBytes(request));
        var head = new StringBuilder();
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            var b = socket._stream.ReadByte();
            if (b < 0)
            {
                throw new IOException("the server closed the connection during the upgrade");
            }

            head.Append((char)b);
        }

        if (!head.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new IOException("the server refused the upgrade: " + head.ToString().Split('\r')[0]);
        }

        return socket;
    }

    /// <summary>Starts a thread that waits for the next text message and takes the time it arrives.</summary>
    public Task<long> NextMessageAsync()
    {
        var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var reader = new Thread(() =>
        {
            try
            {
                arrival.SetResult(ReadTextFrame());
            }
#pragma warning disable CA1031 // Handed to the waiting benchmark, which reports it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                arrival.SetException(ex);
            }
        })
        { IsBackground = true, Name = "page socket" };
        reader.Start();
        return arrival.Task;
    }

    public void Dispose()
    {
        _stream.Dispose();
        _tcp.Dispose();
    }

    private long ReadTextFrame()
    {
        while (true)
        {
            var header = ReadExactly(2);
            var at = Stopwatch.GetTimestamp();
            long length = header[1] & 0x7F;
            if (length == 126)
            {
                var more = ReadExactly(2);
                length = (more[0] << 8) | more[1];
            }
            else if (length == 127)
            {
                throw new IOException("unexpectedly long message");
            }

            ReadExactly((int)length);
            if ((header[0] & 0x0F) == 0x1)
            {
                return at;
            }
        }
    }

    private byte[] ReadExactly(int count)
    {
        var buffer = new byte[count];
        _stream.ReadExactly(buffer);
        return buffer;
    }
}
