using System.Net;

namespace StaticChronology.Cli.Serve;

/// <summary>
/// Decides which requests the preview server answers at all: the Host header must name the server (no DNS
/// rebinding), the path must not climb out or reach hidden files in any encoding, and the live-reload
/// channel takes only pages the server itself served.
/// </summary>
public sealed class RequestGuard(string boundHost, int port)
{
    private readonly bool _wildcard = IPAddress.TryParse(boundHost, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any));

    /// <summary>
    /// <c>localhost</c> or the bound address, with the port. Bound to every address (<c>--host 0.0.0.0</c>), any
    /// IP literal is accepted too: DNS rebinding needs a name, and the machine's addresses are not known here.
    /// </summary>
    public bool IsAllowedHost(string? host)
    {
        if (string.IsNullOrEmpty(host) || !TrySplit(host, out var name, out var hostPort) || hostPort != port)
        {
            return false;
        }

        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase) || name == Bracketed(boundHost))
        {
            return true;
        }

        return _wildcard && IPAddress.TryParse(name.Trim('[', ']'), out _);
    }

    /// <summary>The reload channel's origin must be the very server the page came from; no origin, <c>null</c> and others are refused.</summary>
    public static bool IsAllowedOrigin(string? origin, string host) =>
        !string.IsNullOrEmpty(origin) && string.Equals(origin, "http://" + host, StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks the request target as it came on the wire, before any decoding the server does.</summary>
    /// <returns>200 when the path may be looked up, 400 for traversal or malformed paths, 404 for hidden files and folders.</returns>
    public static int CheckPath(string rawTarget)
    {
        var path = rawTarget;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0)
        {
            path = path[..query];
        }

        if (!path.StartsWith('/'))
        {
            return 400;
        }

        // Decode until nothing changes, so %252e%252e is seen as the '..' it may become further along.
        for (var round = 0; round < 4; round++)
        {
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(path);
            }
            catch (UriFormatException)
            {
                return 400;
            }

            if (decoded == path)
            {
                break;
            }

            path = decoded;
        }

        if (path.Contains('%', StringComparison.Ordinal) || path.Any(c => c < ' ' || c == '\\' || c == '\u007F'))
        {
            return 400;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "..")
            {
                return 400;
            }

            if (segment.StartsWith('.'))
            {
                return 404;
            }
        }

        return 200;
    }

    private static string Bracketed(string host) => IPAddress.TryParse(host, out var a) && a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? "[" + host + "]" : host;

    private static bool TrySplit(string host, out string name, out int port)
    {
        var colon = host.LastIndexOf(':');
        name = colon > 0 && !host.EndsWith(']') ? host[..colon] : host;
        port = -1;
        return colon > 0 && !host.EndsWith(']') && int.TryParse(host[(colon + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port);
    }
}
