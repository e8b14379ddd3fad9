namespace StaticChronology.Output;

/// <summary>
/// Where a page rendered again differs from its last version: a few runs of whole lines, each widened to whole tags,
/// found in one pass over the common bytes. An edit changes a page in a few places (a card far down the home page, a
/// count near its top), and only those places need their links checked again.
/// </summary>
/// <remarks>
/// After the first difference the two versions are brought back in step by the nearest pair of lines from which
/// <see cref="Confirm"/> lines are the same in both: lines replaced, added or removed, as an edit makes them. A
/// change that cannot be followed that way within <see cref="Reach"/> lines, or more than <see cref="MostRuns"/>
/// runs, gives null, and the page is looked at whole.
/// </remarks>
internal static class PageChanges
{
    private const int Reach = 24;
    private const int Confirm = 3;
    private const int MostRuns = 64;

    /// <summary>A run of the old version replaced by one of the new, as byte ranges, each starting at a '&lt;' and ending after a '&gt;' when there is one.</summary>
    public readonly record struct Run(int OldStart, int OldEnd, int NewStart, int NewEnd);

    /// <summary>The runs that turn <paramref name="old"/> into <paramref name="now"/>, in order; empty when they are the same; null when they are too far apart to follow.</summary>
    public static List<Run>? Find(byte[] old, byte[] now)
    {
        // Both versions are read from two places in step, each at the start of a line; only lines near a difference are split.
        var runs = new List<Run>();
        int x = 0, y = 0;
        while (true)
        {
            var common = old.AsSpan(x).CommonPrefixLength(now.AsSpan(y));
            if (x + common == old.Length && y + common == now.Length)
            {
                return Widen(old, now, runs);
            }

            // Back to the start of the line the first difference is in: the lines before it are the same in both.
            var line = old.AsSpan(x, common).LastIndexOf((byte)'\n') + 1;
            x += line;
            y += line;

            var oldLines = NextLines(old, x);
            var newLines = NextLines(now, y);
            if (Resume(old, oldLines, now, newLines) is not var (removed, added) || runs.Count == MostRuns)
            {
                return null;
            }

            runs.Add(new Run(x, oldLines[removed], y, newLines[added]));
            x = oldLines[removed];
            y = newLines[added];
        }
    }

    /// <summary>
    /// How many of the lines that start at <paramref name="oldLines"/> and <paramref name="newLines"/> to leave out of each
    /// version so that the next <see cref="Confirm"/> lines (or the rest of both) are the same; the fewest in all first.
    /// </summary>
    private static (int Removed, int Added)? Resume(byte[] old, List<int> oldLines, byte[] now, List<int> newLines)
    {
        for (var total = 1; total <= 2 * Reach; total++)
        {
            for (var removed = Math.Max(0, total - Reach); removed <= Math.Min(total, Reach); removed++)
            {
                var added = total - removed;
                if (removed >= oldLines.Count || added >= newLines.Count)
                {
                    continue;
                }

                var same = 0;
                while (same < Confirm && removed + same + 1 < oldLines.Count && added + same + 1 < newLines.Count
                    && Line(old, oldLines, removed + same).SequenceEqual(Line(now, newLines, added + same)))
                {
                    same++;
                }

                var bothEnd = oldLines[removed + same] == old.Length && newLines[added + same] == now.Length;
                if (same == Confirm || bothEnd)
                {
                    return (removed, added);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Each run that starts or ends inside a tag, in either version, widened to the tag's '&lt;' or past its '&gt;', so
    /// that it holds whole tags. The bytes between two runs are the same in both versions, so both widen by the same
    /// amounts; runs with no tag boundary between them, or that meet once widened, are one.
    /// </summary>
    private static List<Run> Widen(byte[] old, byte[] now, List<Run> runs)
    {
        var widened = new List<Run>(runs.Count);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var floor = i == 0 ? 0 : runs[i - 1].NewEnd;
            if (Inside(now, run.NewStart) || Inside(old, run.OldStart))
            {
                var open = now.AsSpan(floor, run.NewStart - floor).LastIndexOf((byte)'<');
                var back = open < 0 ? run.NewStart - floor : run.NewStart - floor - open;
                run = run with { OldStart = run.OldStart - back, NewStart = run.NewStart - back };
            }

            var ceiling = i == runs.Count - 1 ? now.Length : runs[i + 1].NewStart;
            if (Inside(now, run.NewEnd) || Inside(old, run.OldEnd))
            {
                var close = now.AsSpan(run.NewEnd, ceiling - run.NewEnd).IndexOf((byte)'>');
                var forward = close < 0 ? ceiling - run.NewEnd : close + 1;
                run = run with { OldEnd = run.OldEnd + forward, NewEnd = run.NewEnd + forward };
            }

            if (widened.Count > 0 && widened[^1].NewEnd >= run.NewStart)
            {
                widened[^1] = widened[^1] with { OldEnd = run.OldEnd, NewEnd = run.NewEnd };
            }
            else
            {
                widened.Add(run);
            }
        }

        return widened;
    }

    /// <summary>Whether <paramref name="offset"/> is inside a tag: a '&lt;' comes after the last '&gt;' before it.</summary>
    private static bool Inside(byte[] text, int offset)
    {
        var last = text.AsSpan(0, offset).LastIndexOfAny((byte)'<', (byte)'>');
        return last >= 0 && text[last] == '<';
    }

    private static ReadOnlySpan<byte> Line(byte[] text, List<int> starts, int line) => text.AsSpan(starts[line], starts[line + 1] - starts[line]);

    /// <summary>Where the lines from <paramref name="start"/> on start, as many as a resumption may look at, and where the last of them ends.</summary>
    private static List<int> NextLines(byte[] text, int start)
    {
        var starts = new List<int>(Reach + Confirm + 2) { start };
        var at = start;
        while (starts.Count <= Reach + Confirm && at < text.Length)
        {
            var next = text.AsSpan(at).IndexOf((byte)'\n');
            at = next < 0 ? text.Length : at + next + 1;
            starts.Add(at);
        }

        return starts;
    }
}
