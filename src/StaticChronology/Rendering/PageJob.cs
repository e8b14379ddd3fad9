using Scriban.Runtime;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>One HTML page to render: which layout, at which URL, with which page-specific values.</summary>
/// <param name="Values">Builds the layout's own variables (docs/theme.md); called on the worker that renders the page.</param>
/// <param name="Shows">The entries whose data the page shows, so a rebuild knows which pages an edited entry touches.</param>
/// <param name="JsonLd">Builds the page's schema.org JSON-LD, for pages that describe a thing of their own.</param>
/// <param name="Counts">The numbers of entries a page shows without listing them (a list of people with the count of each), which change with entries too.</param>
public sealed record PageJob(string Kind, string Layout, string Url, string Title, string? Description, SourceLocation? Origin, Func<ScriptObject> Values, IReadOnlyList<Entry> Shows, Func<SafeHtml>? JsonLd = null, IReadOnlyList<int>? Counts = null);
