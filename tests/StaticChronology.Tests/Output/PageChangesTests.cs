using System.Text;
using StaticChronology.Output;

namespace StaticChronology.Tests.Output;

/// <summary>The runs found between two versions of a page turn the old one into the new, hold whole tags, and stay few for a few edits.</summary>
public sealed class PageChangesTests
{
    [Fact]
    public void Runs_replace_the_old_version_with_the_new_and_hold_whole_tags()
    {
        var random = new Random(5);
        var followed = 0;
        for (var round = 0; round < 2_000; round++)
        {
            var old = Page(random, random.Next(0, 300));
            var now = Edit(random, old, edits: random.Next(0, 6));
            var (oldBytes, newBytes) = (Encoding.UTF8.GetBytes(old), Encoding.UTF8.GetBytes(now));

            var runs = PageChanges.Find(oldBytes, newBytes);
            if (runs is null)
            {
                continue;
            }

            followed++;
            Assert.Equal(now, Apply(oldBytes, newBytes, runs));
            for (var i = 0; i < runs.Count; i++)
            {
                var run = runs[i];
                Assert.True(i == 0 || runs[i - 1].NewEnd < run.NewStart, $"round {round}: runs overlap");
                Assert.False(Inside(newBytes, run.NewStart) || Inside(oldBytes, run.OldStart), $"round {round}: a run starts inside a tag");
                // A page cut inside a tag (as the random lines may leave one) ends inside it; nothing lies beyond to widen to.
                Assert.False((run.NewEnd < newBytes.Length && Inside(newBytes, run.NewEnd)) || (run.OldEnd < oldBytes.Length && Inside(oldBytes, run.OldEnd)), $"round {round}: a run ends inside a tag");
            }
        }

        // Edits of a few lines, as entries make them, are followed nearly always; a page changed everywhere is looked at whole.
        Assert.InRange(followed, 1_900, 2_000);
    }

    [Fact]
    public void A_count_near_the_top_and_a_card_far_down_are_two_small_runs()
    {
        var lines = Enumerable.Range(0, 20_000).Select(i => $"<li><a href=\"/entries/e{i}/\">Event {i}</a></li>").ToList();
        lines.Insert(0, "<option value=\"p\">Person (12)</option>");
        var old = string.Join('\n', lines) + "\n";
        lines[0] = "<option value=\"p\">Person (13)</option>";
        lines[15_000] = "<li><a href=\"/entries/e14999/\">Retitled</a></li>";
        var now = string.Join('\n', lines) + "\n";

        var runs = PageChanges.Find(Encoding.UTF8.GetBytes(old), Encoding.UTF8.GetBytes(now));

        Assert.NotNull(runs);
        Assert.Equal(2, runs.Count);
        Assert.Equal("<option value=\"p\">Person (13)</option>\n", now[runs[0].NewStart..runs[0].NewEnd]);
        Assert.Contains("Retitled", now[runs[1].NewStart..runs[1].NewEnd], StringComparison.Ordinal);
        Assert.True(runs.Sum(r => r.NewEnd - r.NewStart) < 200);
    }

    [Fact]
    public void The_same_page_has_no_runs()
    {
        var page = Encoding.UTF8.GetBytes(Page(new Random(1), 50));
        Assert.Empty(PageChanges.Find(page, page)!);
    }

    private static bool Inside(byte[] text, int offset) => text.AsSpan(0, offset).LastIndexOfAny((byte)'<', (byte)'>') is var last and >= 0 && text[last] == '<';

    private static string Apply(byte[] old, byte[] now, List<PageChanges.Run> runs)
    {
        var result = new List<byte>();
        var at = 0;
        foreach (var run in runs)
        {
            result.AddRange(old[at..run.OldStart]);
            result.AddRange(now[run.NewStart..run.NewEnd]);
            at = run.OldEnd;
        }

        result.AddRange(old[at..]);
        return Encoding.UTF8.GetString([.. result]);
    }

    /// <summary>Lines of the kinds the theme writes, some tags spread over two lines, some text with no tag.</summary>
    private static string Page(Random random, int lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            text.Append(Line(random)).Append('\n');
        }

        return random.Next(4) == 0 ? text.ToString().TrimEnd('\n') : text.ToString();
    }

    private static string Line(Random random) => random.Next(6) switch
    {
        0 => $"<li><a href=\"/entries/e{random.Next(50)}/\">Event {random.Next(50)}</a></li>",
        1 => $"<p class=\"card__summary\">Some words, é and {random.Next(1000)}.</p>",
        2 => $"<section class=\"month\"\n aria-labelledby=\"m{random.Next(12)}\">",
        3 => "</section>",
        4 => $"plain text {random.Next(10)}",
        _ => $"<option value=\"p{random.Next(9)}\">Person ({random.Next(30)})</option>",
    };

    private static string Edit(Random random, string page, int edits)
    {
        var lines = page.Split('\n').ToList();
        for (var i = 0; i < edits && lines.Count > 0; i++)
        {
            var at = random.Next(lines.Count);
            switch (random.Next(4))
            {
                case 0:
                    lines[at] = Line(random);
                    break;
                case 1:
                    lines.Insert(at, Line(random));
                    break;
                case 2:
                    lines.RemoveAt(at);
                    break;
                default:
                    lines[at] = lines[at].Replace('1', '2');
                    break;
            }
        }

        return string.Join('\n', lines);
    }
}
