using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StaticChronology.Rendering;

/// <summary>Scriban's <c>include</c>, returning the partial's output as <see cref="SafeHtml"/>.</summary>
/// <remarks>
/// The partial escapes its own values as it renders; without this wrapper its finished markup would
/// come back as a plain string and be escaped a second time by <see cref="HtmlTemplateContext"/>.
/// </remarks>
internal sealed class SafeIncludeFunction(IScriptCustomFunction include) : IScriptCustomFunction
{
    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(SafeHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        string? Render() => include.Invoke(context, callerContext, arguments, blockStatement) as string;
        var output = context.TemplateLoader is ThemeTemplates theme && arguments.Count == 2 && arguments[0] is string name
            ? theme.RememberedOutput(name, arguments[1], Render)
            : Render();
        return new SafeHtml(output ?? string.Empty);
    }

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new SafeHtml(await include.InvokeAsync(context, callerContext, arguments, blockStatement) as string ?? string.Empty);
}
