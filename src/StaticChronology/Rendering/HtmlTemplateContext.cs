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
    public HtmlTemplateContext()
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        NewLine = "\n";
        // High enough for a home page listing every entry, low enough that a runaway loop stops.
        LoopLimit = 1_000_000;
        RecursiveLimit = 64;
        // Scriban cuts a rendered page at this length too, silently: 10,000 entries make a 4 MB home page.
        LimitToString = 100_000_000;
        PushCulture(CultureInfo.InvariantCulture);
        if (BuiltinObject["include"] is IScriptCustomFunction include)
        {
            BuiltinObject.SetValue("include", new SafeIncludeFunction(include), readOnly: true);
        }
    }

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
