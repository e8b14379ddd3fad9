using System.Globalization;
using System.Net;

namespace StaticChronology.Cli.Serve;

/// <summary>The options of <c>chrono serve</c>: where to listen, whether to open a browser, and the build's own options.</summary>
/// <param name="Quiet">How long the watcher waits for a burst of saves to end before it rebuilds.</param>
public sealed record ServeOptions(CommandOptions Build, string Host, int Port, bool Open, TimeSpan Quiet)
{
    public const int DefaultPort = 5080;

    public const string DefaultHost = "127.0.0.1";

    public static TimeSpan DefaultQuiet { get; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Whether the host is a loopback name or address, reachable from this machine only.</summary>
    public bool IsLoopback => Host == "localhost" || (IPAddress.TryParse(Host, out var address) && IPAddress.IsLoopback(address));

    public static bool TryParse(ReadOnlySpan<string> args, out ServeOptions options, out string? error)
    {
        var host = DefaultHost;
        var port = DefaultPort;
        var open = false;
        var rest = new List<string>();
        options = new ServeOptions(new CommandOptions("input", "theme", "output", null, []), host, port, open, DefaultQuiet);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--open":
                    open = true;
                    continue;
                case "--port" or "--host" when i + 1 >= args.Length:
                    error = $"option '{args[i]}' needs a value";
                    return false;
                case "--port":
                    if (!int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > 65535)
                    {
                        error = $"--port must be a number from 0 to 65535, not '{args[i]}'";
                        return false;
                    }

                    continue;
                case "--host":
                    host = args[++i];
                    if (host != "localhost" && !IPAddress.TryParse(host, out _))
                    {
                        error = $"--host must be an IP address or localhost, not '{host}'";
                        return false;
                    }

                    continue;
                default:
                    rest.Add(args[i]);
                    continue;
            }
        }

        if (!CommandOptions.TryParse(rest.ToArray(), out var build, out error))
        {
            return false;
        }

        options = new ServeOptions(build, host, port, open, DefaultQuiet);
        return true;
    }
}
