using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace StaticChronology.Rendering;

/// <summary>A Scriban context that HTML-escapes every value a template writes, except <see cref="SafeHtml"/>.</summary>
/// <remarks>
/// Scriban writes values raw by default; escaping here, at the one place values reach the output,
/// means a theme author cannot forget it, in element text, attributes or JSON-LD alike.
/// </remarks>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <param name="keepsLargeOutput">Keeps the buffers of a large page for the next (<see cref="PageOutput.KeepsLarge"/>).</param>
    public HtmlTemplateContext(bool keepsLargeOutput = false)
    {
        Body = new PageOutput { KeepsLarge = keepsLargeOutput };
        Frame = new PageOutput { KeepsLarge = keepsLargeOutput };
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
        // High enough for a home page listing every entry, low enough that a runaway loop stops.
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;

        // No cap on the length of a written value: a cap cut the home page of a large chronology short.
        LimitToString = 0;
        PushCulture(CultureInfo.InvariantCulture);
        if (BuiltinObject["include"] is IScriptCustomFunction include)
        {
            BuiltinObject.SetValue("include", new SafeIncludeFunction(include), readOnly: true);
        }
    }

    /// <summary>Where a page's layout writes its body; reused page after page by the worker that owns this context.</summary>
    internal PageOutput Body { get; }

    /// <summary>Where baseof.html writes the page around the body.</summary>
    internal PageOutput Frame { get; }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is SafeHtml html)
        {
            Write(html.Value);
            return this;
        }

        Write(HtmlText.Escape(ObjectToString(textAsObject)));
        return this;
    }
}
