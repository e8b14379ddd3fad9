using Scriban;
using Scriban.Syntax;

namespace StaticChronology.Rendering;

/// <summary>Finds the partials whose output depends only on their arguments: they read no global variable but pure built-ins.</summary>
/// <remarks>
/// <c>date</c> is left out (<c>date.now</c>). <c>include</c> is allowed only with a partial's name written out,
/// naming a partial that is pure itself, so a year's section that includes entry cards is pure and one that
/// includes a name it computes is not. A partial using <c>site</c>, <c>page</c> or any other global is rendered
/// every time it is included.
/// </remarks>
internal static class PartialPurity
{
    private static readonly HashSet<string> PureBuiltins = new(["string", "array", "math", "html", "object", "regex"], StringComparer.Ordinal);

    /// <summary>The names of the pure partials among <paramref name="partials"/>.</summary>
    public static HashSet<string> Find(IReadOnlyDictionary<string, Template> partials)
    {
        // Start from every partial and drop those that read a global or include one dropped, until none is dropped.
        var pure = partials.Keys.ToHashSet(StringComparer.Ordinal);
        bool dropped;
        do
        {
            dropped = false;
            foreach (var name in pure.ToList())
            {
                if (!ReadsOnlyItsArguments(partials[name], pure))
                {
                    pure.Remove(name);
                    dropped = true;
                }
            }
        }
        while (dropped);

        return pure;
    }

    private static bool ReadsOnlyItsArguments(Template partial, HashSet<string> pure)
    {
        if (partial.Page is null)
        {
            return true;
        }

        var finder = new GlobalFinder(pure);
        partial.Page.Accept(finder);
        return !finder.ReadsGlobals;
    }

    private sealed class GlobalFinder(HashSet<string> pure) : ScriptVisitor
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

        /// <summary><c>include 'name' …</c> of a pure partial reads only what its other arguments read.</summary>
        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "include" } && node.Arguments.Count > 0
                && node.Arguments[0] is ScriptLiteral { Value: string name } && pure.Contains(name))
            {
                foreach (var argument in node.Arguments.Skip(1))
                {
                    argument.Accept(this);
                }

                return;
            }

            base.Visit(node);
        }
    }
}
