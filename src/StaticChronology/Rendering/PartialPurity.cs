using Scriban;
using Scriban.Syntax;

namespace StaticChronology.Rendering;

/// <summary>Finds the partials whose output depends only on their arguments: they read no global variable but pure built-ins.</summary>
/// <remarks>
/// <c>date</c> is left out (<c>date.now</c>) and so is <c>include</c> (what the included partial reads is
/// another question); a partial using either, or <c>site</c>, <c>page</c> or any other global, is rendered
/// every time it is included.
/// </remarks>
internal static class PartialPurity
{
    private static readonly HashSet<string> PureBuiltins = new(["string", "array", "math", "html", "object", "regex"], StringComparer.Ordinal);

    public static bool ReadsOnlyItsArguments(Template partial)
    {
        if (partial.Page is null)
        {
            return true;
        }

        var finder = new GlobalFinder();
        partial.Page.Accept(finder);
        return !finder.ReadsGlobals;
    }

    private sealed class GlobalFinder : ScriptVisitor
    {
        public bool ReadsGlobals { get; private set; }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (!PureBuiltins.Contains(node.Name))
            {
                ReadsGlobals = true;
            }

            base.Visit(node);
        }

        /// <summary>In <c>$card.title</c> the member name is a variable node too; only the target is read.</summary>
        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);
    }
}
