using System.Collections.Immutable;
using System.Text;
using StaticChronology.Rendering;
using StaticChronology.Diagnostics;

namespace StaticChronology.Cli.Serve;

/// <summary>
/// Adds the preview's own markup to HTML as it is served, never to the built files: the live-reload script,
/// and, while the latest build is broken, an overlay listing its errors over the last good page.
/// </summary>
public static class PageDecorator
{
    public const string ScriptPath = "/__chrono/live-reload.js";

    public const string SocketPath = "/__chrono/live";

    /// <summary>
    /// Says which page it is on (<c>?page=</c>), so that page can be rebuilt first, and reloads it when told: on every
    /// finished rebuild, good or broken (the server renders the overlay, so a reload shows or clears it).
    /// </summary>
    public const string Script = """
        (() => {
          "use strict";
          const connect = (delay) => {
            const socket = new WebSocket("ws://" + location.host + "/__chrono/live?page=" + encodeURIComponent(location.pathname));
            socket.addEventListener("message", (event) => {
              const message = JSON.parse(event.data);
              if (message.type === "reload") {
                location.reload();
              }
            });
            socket.addEventListener("close", () => {
              setTimeout(() => connect(Math.min(delay * 2, 5000)), delay);
            });
          };
          connect(250);
        })();

        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Decorate(byte[] html, ImmutableArray<Diagnostic> errors)
    {
        var text = Utf8.GetString(html);
        var addition = Overlay(errors) + $"<script src=\"{ScriptPath}\"></script>\n";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Utf8.GetBytes(end < 0 ? text + addition : string.Concat(text.AsSpan(0, end), addition, text.AsSpan(end)));
    }

    /// <summary>A labelled alert region; every diagnostic is HTML-escaped, since entry files are contributors' text.</summary>
    public static string Overlay(ImmutableArray<Diagnostic> errors)
    {
        if (errors.IsEmpty)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        html.Append("<section id=\"chrono-errors\" role=\"alert\" aria-labelledby=\"chrono-errors-title\" ")
            .Append("style=\"position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;margin:0;padding:1rem 1.5rem;")
            .Append("background:#fff;color:#111;border-top:4px solid #b00020;font:14px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.3)\">\n")
            .Append("<h2 id=\"chrono-errors-title\" style=\"margin:0 0 .5rem;font-size:1.1rem;color:#b00020\">The site did not build: the preview shows the last good version</h2>\n")
            .Append("<ol style=\"margin:0;padding-left:1.5rem\">\n");
        foreach (var error in errors)
        {
            html.Append("<li><code>")
                .Append(HtmlText.Escape(error.ToString()))
                .Append("</code></li>\n");
        }

        return html.Append("</ol>\n</section>\n").ToString();
    }
}
