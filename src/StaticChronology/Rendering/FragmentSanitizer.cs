using Ganss.Xss;

namespace StaticChronology.Rendering;

/// <summary>The last pass over HTML made from contributors' Markdown: only the elements and attributes that pipeline can produce survive.</summary>
/// <remarks>
/// The Markdig pipeline already has raw HTML off and checks link schemes on the syntax tree; this
/// allow-list is the second, independent line, so a future pipeline change or a parser quirk
/// cannot bring a script-capable element, an event handler, a style or a foreign scheme onto a page.
/// It is narrower than HtmlSanitizer's defaults: no images, tables, forms, classes, ids or styles.
/// Ordinary fragments are checked against these same sets by <see cref="FragmentVerifier"/> without
/// parsing, and come here only when that scanner does not recognise every part of them.
/// </remarks>
public sealed class FragmentSanitizer
{
    /// <summary>What the Markdig pipeline writes for CommonMark without extensions (images become links).</summary>
    public static readonly IReadOnlySet<string> AllowedTags = new HashSet<string>(StringComparer.Ordinal)
    {
        "p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "a",
        "h1", "h2", "h3", "h4", "h5", "h6",
    };

    public static readonly IReadOnlySet<string> AllowedAttributes = new HashSet<string>(StringComparer.Ordinal) { "href", "title", "start" };

    public static readonly IReadOnlySet<string> AllowedSchemes = new HashSet<string>(StringComparer.Ordinal) { "http", "https", "mailto" };

    // Sanitize is safe to call from several threads once the options are set, which happens here only.
    private readonly HtmlSanitizer _sanitizer = new(new HtmlSanitizerOptions
    {
        AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(AllowedSchemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
    });

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
