using System.Globalization;
using StaticChronology.Pipeline;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Serve;

/// <summary>An incremental rebuild after any sequence of edits equals a clean build of the same files, byte for byte (hostile input 45).</summary>
public sealed class IncrementalBuildTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void Random_edits_rebuild_to_the_same_bytes_as_a_clean_build(int seed, bool preview)
    {
        using var site = new EditableSite(seed);
        var builder = new IncrementalBuilder(site.Options(preview));
        AssertSame(site, builder.Rebuild(ChangeSet.Everything), preview, "first build");

        for (var step = 0; step < 40; step++)
        {
            var (what, changed) = site.RandomEdit();
            var changes = site.Random.Next(10) == 0 ? ChangeSet.Everything : ChangeSet.Of([.. changed]);
            AssertSame(site, builder.Rebuild(changes), preview, string.Create(CultureInfo.InvariantCulture, $"seed {seed}, step {step}: {what}"));
        }
    }

    [Fact]
    public void Editing_one_entry_parses_one_file_and_renders_only_the_pages_that_show_it()
    {
        using var site = new EditableSite(7);
        for (var i = 0; i < 30; i++)
        {
            site.AddEntry();
        }

        var builder = new IncrementalBuilder(site.Options(preview: true));
        var first = builder.Rebuild(ChangeSet.Everything);
        Assert.True(first.Build.Succeeded, string.Join('\n', first.Build.Diagnostics));
        var pages = first.Build.Files.Count(f => f.IsHtml);

        var path = site.ChangeTitle(site.Generated[0]);
        var again = builder.Rebuild(ChangeSet.Of(path));

        Assert.True(again.Build.Succeeded, string.Join('\n', again.Build.Diagnostics));
        Assert.False(again.FullRender);
        Assert.Equal(1, again.FilesParsed);
        Assert.InRange(again.PagesRendered, 1, pages / 2);
        var page = Assert.Single(again.Build.Files, f => f.Path == $"entries/{site.Generated[0]}/index.html");
        Assert.Contains(site.TitleOf(site.Generated[0]), System.Text.Encoding.UTF8.GetString(page.Content), StringComparison.Ordinal);
        AssertSame(site, again, preview: true, "after one title change");
    }

    [Fact]
    public void Links_that_break_and_mend_are_reported_as_a_clean_build_reports_them()
    {
        using var site = new EditableSite(11);
        for (var i = 0; i < 12; i++)
        {
            site.AddEntry();
        }

        var builder = new IncrementalBuilder(site.Options(preview: true));
        AssertSame(site, builder.Rebuild(ChangeSet.Everything), preview: true, "first build");
        var id = site.Generated[3];
        var other = site.Generated[7];

        // Changing only where a link points changes one attribute of a page: only that part is checked again.
        foreach (var (what, path) in new (string, Func<string>)[]
        {
            ("link", () => site.SetSummaryLink(id, "/entries/2022-01-10-geneva-talks/")),
            ("link to no page", () => site.SetSummaryLink(id, "/entries/nowhere/")),
            ("title of a page with a broken link", () => site.ChangeTitle(id)),
            ("mended link", () => site.SetSummaryLink(id, "/entries/2022-01-10-geneva-talks/")),
            ("link into a month", () => site.SetSummaryLink(other, "/2022/#m1")),
            ("link to no month", () => site.SetSummaryLink(other, "/2022/#m13")),
            ("mended month", () => site.SetSummaryLink(other, "/2022/#m1")),
            ("link into a month that may have no section", () => site.SetSummaryLink(id, "/2022/#m3")),
            ("title in the month linked into", () => site.ChangeTitle(site.Generated[5])),
        })
        {
            AssertSame(site, builder.Rebuild(ChangeSet.Of(path())), preview: true, what);
        }
    }

    [Fact]
    public void Changing_a_template_renders_every_page_again()
    {
        using var site = new EditableSite(8);
        var builder = new IncrementalBuilder(site.Options(preview: true));
        var first = builder.Rebuild(ChangeSet.Everything);

        var again = builder.Rebuild(ChangeSet.Of(site.ChangeTemplate()));

        Assert.True(again.FullRender);
        Assert.Equal(first.Build.Files.Count(f => f.IsHtml), again.PagesRendered);
        AssertSame(site, again, preview: true, "after a template change");
    }

    private static void AssertSame(EditableSite site, IncrementalResult incremental, bool preview, string when)
    {
        var clean = new BuildPipeline(site.Options(preview)).Run();
        Assert.True(clean.Succeeded == incremental.Build.Succeeded, $"{when}: clean build succeeded {clean.Succeeded}, incremental {incremental.Build.Succeeded}\n"
            + string.Join('\n', clean.Diagnostics) + "\n--\n" + string.Join('\n', incremental.Build.Diagnostics));
        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), incremental.Build.Diagnostics.Select(d => d.ToString()));
        if (!clean.Succeeded)
        {
            return;
        }

        Assert.Equal(clean.Files.Select(f => f.Path).Order(StringComparer.Ordinal), incremental.Build.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        var built = incremental.Build.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var file in clean.Files)
        {
            Assert.True(file.Content.AsSpan().SequenceEqual(built[file.Path].Content), $"{when}: {file.Path} differs from a clean build");
        }
    }
}
