using Microsoft.Playwright;

namespace StaticChronology.Tests.Browser;

/// <summary>
/// Serves a built site to a browser page without a network server: every request to
/// <see cref="Origin"/> is answered from the output folder the way a static host answers it
/// (a folder's <c>index.html</c>, the site's <c>404.html</c> with status 404, content types by extension).
/// </summary>
public static class SiteRoutes
{
    public const string Origin = "https://chronology.test";

    public static Task ServeAsync(IPage page, string siteRoot) =>
        page.RouteAsync(Origin + "/**", route => Answer(route, siteRoot, null));

    /// <summary>The same, with every answer carrying the given Content-Security-Policy header, as the published site's do.</summary>
    public static Task ServeWithPolicyAsync(IPage page, string siteRoot, string contentSecurityPolicy) =>
        page.RouteAsync(Origin + "/**", route => Answer(route, siteRoot, contentSecurityPolicy));

    private static async Task Answer(IRoute route, string siteRoot, string? policy)
    {
        var headers = policy is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Content-Security-Policy"] = policy };
        var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath).TrimStart('/');
        var file = Path.GetFullPath(Path.Combine(siteRoot, path));
        var root = Path.GetFullPath(siteRoot) + Path.DirectorySeparatorChar;
        if (Directory.Exists(file))
        {
            file = Path.Combine(file, "index.html");
        }

        if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
        {
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 404,
                Headers = headers,
                ContentType = "text/html; charset=utf-8",
                BodyBytes = await File.ReadAllBytesAsync(Path.Combine(siteRoot, "404.html")),
            });
            return;
        }

        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            Headers = headers,
            ContentType = ContentType(file),
            BodyBytes = await File.ReadAllBytesAsync(file),
        });
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".xml" => "application/xml",
        ".svg" => "image/svg+xml",
        ".ics" => "text/calendar; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };
}
