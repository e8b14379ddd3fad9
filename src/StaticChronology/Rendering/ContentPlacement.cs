using Scriban;
using Scriban.Syntax;

namespace StaticChronology.Rendering;

/// <summary>Decides whether a layout only ever writes <c>content</c> as it is, <c>{{ content }}</c>, never testing or changing it.</summary>
/// <remarks>
/// Such a layout renders the same page whatever the content is, so a large body (the home page's 4 MB) can be
/// rendered with a mark in its place and encoded straight into the page's bytes, instead of being copied into
/// the layout's output and encoded from there.
/// </remarks>
internal static class ContentPlacement
{
    /// <summary>A string no input holds: YAML forbids the control character, and escaping would change it.</summary>
    public const string Mark = "\u0001content\u0001";

    public static bool WritesContentAsIs(Template layout)
    {
        if (layout.Page is null)
        {
            return false;
        }

        var finder = new ContentFinder();
        layout.Page.Accept(finder);
        return finder.Written > 0 && !finder.ReadOtherwise;
    }

    private sealed class ContentFinder : ScriptVisitor
    {
        public int Written { get; private set; }

        public bool ReadOtherwise { get; private set; }

        public override void Visit(ScriptExpressionStatement node)
        {
            if (node.Expression is ScriptVariableGlobal { Name: "content" })
            {
                Written++;
                return;
            }

            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            if (node.Name == "content")
            {
                ReadOtherwise = true;
            }

            base.Visit(node);
        }

        /// <summary>In <c>page.content</c> the member name is a variable node too; only the target is read.</summary>
        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);
    }
}
