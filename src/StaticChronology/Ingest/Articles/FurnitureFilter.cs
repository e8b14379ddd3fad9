namespace StaticChronology.Ingest.Articles;

/// <summary>Finds the lines of site furniture in an article, each with the reason it is furniture.</summary>
/// <remarks>
/// Three passes, in this order: known phrases and line shapes mark single lines; a marker such as
/// "Leave a Reply" ends the article, so everything after it goes; and a label that shares a block
/// (no blank line between) with a marked line goes with it, which is how a newsletter box's name and
/// schedule ("Ukraine Today", "Daily at 9am EST") are caught without a phrase of their own.
/// </remarks>
internal static class FurnitureFilter
{
    /// <summary>Lines counted from the end within which tail-only rules (author bios) apply.</summary>
    private const int TailLines = 4;

    public static Dictionary<int, string> Find(IReadOnlyList<SourceLine> lines)
    {
        var reasons = new Dictionary<int, string>();
        int? end = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (end is { } marker)
            {
                reasons[line.Number] = $"after the end of the article (line {marker})";
                continue;
            }

            var words = LineShapes.Words(line.Text).Length;
            var rule = BoilerplatePhrases.Rules.FirstOrDefault(r => words <= r.MaxWords && (!r.TailOnly || i >= lines.Count - TailLines) && r.IsMatch(line.Text));
            if (rule is not null)
            {
                reasons[line.Number] = rule.Reason;
                end = rule.EndsArticle ? line.Number : null;
            }
            else if (LineShapes.FurnitureReason(line.Text) is { } shape)
            {
                reasons[line.Number] = shape;
            }
        }

        // Within the article, a label in a block with furniture goes with it ("Ukraine Today" beside a
        // newsletter blurb). Before the text starts, only a box opened by a furniture label goes ("Key
        // events" and its links), and never the first block, where a title shares lines with stamps and bylines.
        var firstText = lines.FirstOrDefault(l => !reasons.ContainsKey(l.Number) && LineShapes.IsSentenceLike(l.Text))?.Number ?? int.MaxValue;
        foreach (var block in lines.GroupBy(l => l.Block))
        {
            var head = block.First();
            var inText = block.Last().Number >= firstText;
            var anchor = inText ? block.FirstOrDefault(l => reasons.ContainsKey(l.Number)) : head;
            if (anchor is null || !reasons.TryGetValue(anchor.Number, out var anchorReason) || (!inText && head.Block == 0))
            {
                continue;
            }

            foreach (var line in block.Where(l => !reasons.ContainsKey(l.Number) && !LineShapes.IsSentenceLike(l.Text)))
            {
                reasons[line.Number] = $"beside {anchorReason} (line {anchor.Number})";
            }
        }

        return reasons;
    }
}
