using Scriban.Runtime;
using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>One HTML page to render: which layout, at which URL, with which page-specific values.</summary>
/// <param name="Values">Builds the layout's own variables (docs/theme.md); called on the worker that renders the page.</param>
public sealed record PageJob(string Kind, string Layout, string Url, string Title, string? Description, SourceLocation? Origin, Func<ScriptObject> Values);
