using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>The theme's layouts and partials, each parsed once and shared by every page rendered.</summary>
public sealed class ThemeTemplates : ITemplateLoader
{
    private readonly FrozenDictionary<string, Template> _layouts;
    private readonly FrozenDictionary<string, Template> _partials;
    private readonly FrozenDictionary<string, ConditionalWeakTable<ScriptObject, string>> _outputs;
    private readonly System.Collections.Concurrent.ConcurrentBag<HtmlTemplateContext> _kept = [];

    private ThemeTemplates(FrozenDictionary<string, Template> layouts, FrozenDictionary<string, Template> partials, string themeRoot)
    {
        _layouts = layouts;
        _partials = partials;
        ThemeRoot = themeRoot;
        WritesContentAsIs = layouts.TryGetValue("baseof", out var baseof) && ContentPlacement.WritesContentAsIs(baseof);
        _outputs = PartialPurity.Find(partials)
            .ToFrozenDictionary(name => name, _ => new ConditionalWeakTable<ScriptObject, string>(), StringComparer.Ordinal);
    }

    public string ThemeRoot { get; }

    /// <summary>Whether baseof.html writes <c>content</c> only as it is (<see cref="ContentPlacement"/>).</summary>
    public bool WritesContentAsIs { get; }

    /// <summary>Every layout the renderer asks for; a theme must have all of them.</summary>
    public static readonly IReadOnlyList<string> RequiredLayouts =
        ["baseof", "home", "year", "month", "entry", "term", "terms", "source", "sources", "page", "404"];

    public static ThemeTemplates? Load(string themeRoot, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var layouts = ParseFolder(Path.Combine(themeRoot, "layouts"), display, diagnostics);
        var partials = ParseFolder(Path.Combine(themeRoot, "partials"), display, diagnostics);
        var ok = true;
        foreach (var name in RequiredLayouts)
        {
            if (!layouts.ContainsKey(name) && !File.Exists(Path.Combine(themeRoot, "layouts", name + ".html")))
            {
                ok = false;
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.MissingTemplate,
                    SourceLocation.FileStart(display(Path.Combine(themeRoot, "layouts", name + ".html"))),
                    $"the theme has no layout '{name}.html'", "every page kind needs its layout; see docs/theme.md"));
            }
        }

        return ok && !diagnostics.HasErrors
            ? new ThemeTemplates(layouts.ToFrozenDictionary(StringComparer.Ordinal), partials.ToFrozenDictionary(StringComparer.Ordinal), themeRoot)
            : null;
    }

    public Template Layout(string name) => _layouts[name];

    /// <summary>
    /// A partial that reads nothing but its argument renders the same for the same argument, so its output is
    /// kept per argument object: an entry's card is rendered once, however many lists show it, and a year's
    /// section of the home page once for as long as the preview keeps the year's model.
    /// </summary>
    public string? RememberedOutput(string partial, object? argument, Func<string?> render)
    {
        if (argument is not ScriptObject key || !_outputs.TryGetValue(partial, out var outputs))
        {
            return render();
        }

        if (outputs.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var output = render();
        if (output is not null)
        {
            outputs.AddOrUpdate(key, output);
        }

        return output;
    }

    /// <summary>Makes a context for one worker; it keeps the parsed partials, so includes never parse again.</summary>
    /// <param name="keepsLargeOutput">Keeps the buffers of a large page for the next, as a context the preview reuses does.</param>
    public HtmlTemplateContext CreateContext(bool keepsLargeOutput = false)
    {
        var context = new HtmlTemplateContext(keepsLargeOutput) { TemplateLoader = this };
        foreach (var (name, template) in _partials)
        {
            context.CachedTemplates[name] = template;
        }

        return context;
    }

    /// <summary>
    /// A context an earlier render gave back, or a new one. The preview renders again on every edit, and a context kept
    /// with its buffers spares growing a buffer the size of the home page each time.
    /// </summary>
    public HtmlTemplateContext RentContext() => _kept.TryTake(out var context) ? context : CreateContext(keepsLargeOutput: true);

    /// <summary>Gives a context from <see cref="RentContext"/> back for the next render.</summary>
    public void ReturnContext(HtmlTemplateContext context) => _kept.Add(context);

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"the theme has no partial '{templatePath}' (looked for partials/{templatePath}.html)");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

    private static Dictionary<string, Template> ParseFolder(string folder, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return templates;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.html").Order(StringComparer.Ordinal))
        {
            var shown = display(file);
            var text = Loading.TextDecoder.NormaliseLineEndings(File.ReadAllText(file));
            var template = Template.Parse(text, shown);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, ToLocation(message.Span, shown), message.Message));
                }

                continue;
            }

            templates[Path.GetFileNameWithoutExtension(file)] = template;
        }

        return templates;
    }

    /// <summary>Scriban counts lines and columns from zero; diagnostics count from one.</summary>
    public static SourceLocation ToLocation(SourceSpan span, string fallbackPath) =>
        new(string.IsNullOrEmpty(span.FileName) ? fallbackPath : span.FileName, span.Start.Line + 1, span.Start.Column + 1);
}
