using System.Collections.Concurrent;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>Renders contributors' Markdown to HTML that cannot carry script, through one frozen Markdig pipeline.</summary>
/// <remarks>
/// The pipeline has raw HTML off and no extensions (no generic attributes, no media embeds, no heading
/// ids). Links are then checked on the syntax tree, after Markdig has decoded entities: a scheme
/// other than http, https or mailto loses its link and keeps its text, with a warning at its position.
/// Images become plain links, so no page loads anything from another host. Code-fence info strings
/// are dropped, so no contributor text reaches an attribute. Last, the HTML passes
/// <see cref="FragmentSanitizer"/>'s allow-list: <see cref="FragmentVerifier"/> checks it without parsing
/// when it is the ordinary output of this pipeline, and the sanitizer parses and cleans anything else.
/// </remarks>
public sealed class MarkdownRenderer
{
    /// <summary>Longer Markdown is refused before parsing.</summary>
    public const int MaxLength = 50_000;

    /// <summary>Deeper block nesting is refused: real summaries never nest, and deep nesting costs stack.</summary>
    public const int MaxNesting = 16;

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    // Explicitly CommonMark with raw HTML off and no extension: each extension (generic attributes,
    // media links, auto identifiers) would open a way from text to markup.
    // Precise source locations are bookkeeping, not syntax: they put a link's warning on its own line.
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePreciseSourceLocation().Build();
    private readonly ConcurrentDictionary<(string Markdown, SourceLocation Origin, string BasePath), (SafeHtml Html, Diagnostic[] Diagnostics)>? _rendered;
    // An entry's summary is needed as plain text by its card, both feeds, the search index, the calendar and
    // its structured data: it is parsed for that once, when its page's HTML is made, and kept.
    private readonly ConcurrentDictionary<string, string> _plain = new(StringComparer.Ordinal);

    // Building the sanitizer (AngleSharp's HTML and CSS set-up) costs a few hundred milliseconds, as
    // much as loading the whole input; the verifier accepts ordinary fragments without it, so it is
    // made only when a fragment first needs it.
    private readonly Lazy<FragmentSanitizer> _sanitizer = new(() => new FragmentSanitizer(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <param name="remember">Keep every result, diagnostics included, so the preview server renders a text again only when it changed.</param>
    public MarkdownRenderer(bool remember = false)
    {
        if (remember)
        {
            _rendered = new();
        }
    }

    /// <param name="basePath">The site's base path; root-relative links (<c>/entries/x/</c>) are moved under it.</param>
    public SafeHtml Render(string markdown, SourceLocation origin, DiagnosticBag diagnostics, string basePath = "/")
    {
        if (_rendered is null)
        {
            return RenderNew(markdown, origin, diagnostics, basePath, withPlainText: false).Html;
        }

        var (html, found) = _rendered.GetOrAdd((markdown, origin, basePath), key =>
        {
            var own = new DiagnosticBag();
            return (RenderNew(key.Markdown, key.Origin, own, key.BasePath, withPlainText: false).Html, [.. own.ToSortedArray()]);
        });
        diagnostics.AddRange(found);
        return html;
    }

    /// <summary>The HTML and the plain text of one text from a single parse, for an entry's summary, which its page shows as HTML and its card as text.</summary>
    /// <remarks>The same as <see cref="Render"/> and <see cref="ToPlainText"/> called one after the other, diagnostics included.</remarks>
    public (SafeHtml Html, string PlainText) RenderWithPlainText(string markdown, SourceLocation origin, DiagnosticBag diagnostics, string basePath = "/")
    {
        if (_rendered is null)
        {
            var made = RenderNew(markdown, origin, diagnostics, basePath, withPlainText: true);
            _plain.TryAdd(markdown, made.PlainText);
            return made;
        }

        var (html, found) = _rendered.GetOrAdd((markdown, origin, basePath), key =>
        {
            var own = new DiagnosticBag();
            var (rendered, plain) = RenderNew(key.Markdown, key.Origin, own, key.BasePath, withPlainText: true);
            _plain.TryAdd(key.Markdown, plain);
            return (rendered, [.. own.ToSortedArray()]);
        });
        diagnostics.AddRange(found);
        return (html, ToPlainText(markdown));
    }

    private (SafeHtml Html, string PlainText) RenderNew(string markdown, SourceLocation origin, DiagnosticBag diagnostics, string basePath, bool withPlainText)
    {
        if (markdown.Length == 0)
        {
            return (SafeHtml.Empty, string.Empty);
        }

        if (Parse(markdown, out var reason) is not { } document)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MarkdownTooComplex, origin, "Markdown too complex: " + reason,
                "simplify the text; summaries and annotations are a few plain paragraphs"));
            return (SafeHtml.Empty, string.Empty);
        }

        // The plain text is written before the checks below change the tree, so it is exactly what ToPlainText writes from a parse of its own.
        var plain = withPlainText ? PlainText(document) : string.Empty;
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            link.IsImage = false;
            if (!IsAllowed(link.Url))
            {
                Warn(link, link.Url, origin, diagnostics);
                Unwrap(link);
            }
            else if (basePath != "/" && link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            {
                link.Url = basePath + url[1..];
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!IsAllowed(autolink.Url))
            {
                Warn(autolink, autolink.Url, origin, diagnostics);
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            // The info string would become class="language-…"; no theme highlights code, so it is dropped.
            fence.Info = null;
            fence.Arguments = null;
        }

        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var html = writer.ToString();

        // Nearly every fragment is ordinary Markdig output that the verifier recognises and passes on as the
        // sanitizer would have written it; the rest, hostile or merely unusual, is parsed and cleaned by the sanitizer.
        var clean = FragmentVerifier.Accept(html) ?? _sanitizer.Value.Sanitize(html);
        return (new SafeHtml(clean.TrimEnd('\n')), plain);
    }

    /// <summary>The text without markup, for one-line summaries and feeds.</summary>
    public string ToPlainText(string markdown) =>
        _plain.GetOrAdd(markdown, PlainTextNew);

    private string PlainTextNew(string markdown) =>
        markdown.Length == 0 || Parse(markdown, out _) is not { } document ? string.Empty : PlainText(document);

    private string PlainText(MarkdownDocument document)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        var text = writer.ToString();
        return string.Join(' ', text.Split((char[])['\n', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Whether a link destination is safe to keep: no scheme (relative or a fragment), or an allowed one.</summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers drop white space and control characters inside a scheme ("java\tscript:").
        var compact = new string([.. url.Where(c => c > ' ' && c != '\u007F')]);
        var end = compact.IndexOfAny([':', '/', '?', '#']);
        if (end < 0 || compact[end] != ':')
        {
            return true;
        }

        var scheme = compact[..end].ToLowerInvariant();
        return AllowedSchemes.Contains(scheme, StringComparer.Ordinal);
    }

    /// <summary>The syntax tree, or null with the reason when the text is refused before or during parsing.</summary>
    private MarkdownDocument? Parse(string markdown, out string? reason)
    {
        reason = TooComplex(markdown);
        if (reason is not null)
        {
            return null;
        }

        try
        {
            return Markdown.Parse(markdown, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth limit: nesting that the line scan above cannot see (markers spread over lines).
            reason = "elements nested too deep";
            return null;
        }
    }

    private static string? TooComplex(string markdown)
    {
        if (markdown.Length > MaxLength)
        {
            return $"{markdown.Length} characters, more than {MaxLength}";
        }

        // Every text passes here before it is parsed, so the lines are scanned in place, without splitting or LINQ.
        var rest = markdown.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            if (Depth(line) > MaxNesting)
            {
                return $"quotes or lists nested more than {MaxNesting} deep";
            }

            if (end < 0)
            {
                break;
            }

            rest = rest[(end + 1)..];
        }

        return markdown.AsSpan().Count('[') > 1000 ? "more than 1000 '[' characters" : null;
    }

    /// <summary>The block markers at the start of a line that open a nested container: '&gt;' and list bullets followed by a space.</summary>
    private static int Depth(ReadOnlySpan<char> line)
    {
        var depth = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var followedBySpace = i + 1 < line.Length && line[i + 1] is ' ' or '\t';
            if (c == '>' || (c is '-' or '*' or '+' && followedBySpace))
            {
                depth++;
            }
            else if (char.IsAsciiDigit(c))
            {
                // An ordered-list marker ("1." or "1)") followed by a space opens a list item too.
                var end = i;
                while (end < line.Length && char.IsAsciiDigit(line[end]))
                {
                    end++;
                }

                if (end + 1 < line.Length && line[end] is '.' or ')' && line[end + 1] is ' ' or '\t')
                {
                    depth++;
                    i = end;
                }
                else
                {
                    break;
                }
            }
            else if (c != ' ' && c != '\t')
            {
                break;
            }
        }

        return depth;
    }

    private static void Warn(Inline inline, string? url, SourceLocation origin, DiagnosticBag diagnostics)
    {
        // The origin is where the text starts; a block scalar's lines all share its indentation.
        var location = new SourceLocation(origin.Path, origin.Line + inline.Line, origin.Column + inline.Column);
        var shown = url is null ? string.Empty : url.Length > 60 ? url[..60] + "…" : url;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnsafeLink, location,
            $"link to '{shown}' removed: only http, https and mailto links are kept", "link to the page itself with https://"));
    }

    private static void Unwrap(ContainerInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}
