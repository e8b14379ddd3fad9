using System.Collections.Immutable;
using Scriban.Runtime;
using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>What rendering makes of one entry before any page: its card, its Markdown as HTML, and what the Markdown check said.</summary>
public sealed record EntryViewModel(ScriptObject Card, SafeHtml Summary, ImmutableArray<SafeHtml> Annotations, ImmutableArray<Diagnostic> Diagnostics);
