using System.Globalization;
using StaticChronology.Pipeline;
using StaticChronology.Rendering;
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
        using var site = new EditableSite(7, entries: 30);

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
    public void A_new_title_leaves_the_lists_of_names_as_they_were_and_the_entry_on_them_is_shown_anew()
    {
        using var site = new EditableSite(9, entries: 30);
        var builder = new IncrementalBuilder(site.Options(preview: true));
        var first = builder.Rebuild(ChangeSet.Everything);
        var id = site.Generated[4];

        var again = builder.Rebuild(ChangeSet.Of(site.ChangeTitle(id)));

        // The lists count entries and show none of them: the same counts, the very same files.
        foreach (var list in new[] { "people/index.html", "places/index.html", "organizations/index.html", "tags/index.html", "sources/index.html" })
        {
            Assert.Same(first.Build.Files.Single(f => f.Path == list), again.Build.Files.Single(f => f.Path == list));
        }

        var home = again.Build.Files.Single(f => f.Path == "index.html");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(site.TitleOf(id)), System.Text.Encoding.UTF8.GetString(home.Content), StringComparison.Ordinal);
        AssertSame(site, again, preview: true, "after a new title");
    }

    [Fact]
    public void Links_that_break_and_mend_are_reported_as_a_clean_build_reports_them()
    {
        using var site = new EditableSite(11, entries: 12);

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

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    public void Pages_handed_over_first_are_the_bytes_the_whole_rebuild_makes(int seed)
    {
        using var site = new EditableSite(seed, entries: 10);

        var builder = new IncrementalBuilder(site.Options(preview: true));
        var last = builder.Rebuild(ChangeSet.Everything);
        var handedOver = 0;
        for (var step = 0; step < 40; step++)
        {
            // Pages open in browsers: the edited entry's, when the edit names one, and two others.
            var (what, changed) = site.RandomEdit();
            var pages = last.Build.Files.Where(f => f.IsHtml).Select(f => "/" + (f.Path.EndsWith("index.html", StringComparison.Ordinal) ? f.Path[..^"index.html".Length] : f.Path)).ToList();
            var open = new HashSet<string>(StringComparer.Ordinal) { pages[site.Random.Next(pages.Count)], pages[site.Random.Next(pages.Count)] };
            open.UnionWith(changed.Select(p => "/entries/" + Path.GetFileNameWithoutExtension(p) + "/"));
            IReadOnlyList<OutputFile>? first = null;
            var result = builder.Rebuild(ChangeSet.Of([.. changed]), new FirstPages(open, files => first = files));
            var when = string.Create(CultureInfo.InvariantCulture, $"seed {seed}, step {step}: {what}");
            AssertSame(site, result, preview: true, when);

            if (first is not null)
            {
                handedOver++;
                Assert.True(last.Build.Succeeded, $"{when}: handed over after a failed build");
                Assert.False(result.FullRender, $"{when}: handed over in a site-wide change");
                Assert.NotEmpty(first);
                if (result.Build.Succeeded)
                {
                    var built = result.Build.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
                    foreach (var page in first)
                    {
                        Assert.Contains("/" + page.Path[..^"index.html".Length], open);
                        Assert.True(page.Content.AsSpan().SequenceEqual(built[page.Path].Content), $"{when}: {page.Path} handed over is not the page the rebuild made");
                    }
                }
            }

            last = result;
        }

        // Most random edits move, add or remove entries, which reaches every page; the rest must hand pages over.
        Assert.InRange(handedOver, 2, 40);
    }

    [Fact]
    public void The_edited_page_is_handed_over_alone_before_the_pages_that_list_it_unless_something_is_wrong()
    {
        using var site = new EditableSite(12, entries: 12);

        var builder = new IncrementalBuilder(site.Options(preview: true));
        Assert.True(builder.Rebuild(ChangeSet.Everything).Build.Succeeded);
        var id = site.Generated[4];
        var entryPage = $"/entries/{id}/";
        var open = new HashSet<string>(StringComparer.Ordinal) { entryPage, $"/entries/{site.Generated[9]}/" };

        IncrementalResult Edit(string path, out IReadOnlyList<OutputFile>? first)
        {
            IReadOnlyList<OutputFile>? handed = null;
            var result = builder.Rebuild(ChangeSet.Of(path), new FirstPages(open, files => handed = files));
            first = handed;
            return result;
        }

        // A new title: the entry's page comes first, alone; the home page, its year and its terms follow.
        var retitled = Edit(site.ChangeTitle(id), out var first);
        var page = Assert.Single(first!);
        Assert.Equal($"entries/{id}/index.html", page.Path);
        Assert.Contains(site.TitleOf(id), System.Text.Encoding.UTF8.GetString(page.Content), StringComparison.Ordinal);
        Assert.True(retitled.PagesRendered > 1);

        // A link to no page: the page is not handed over, and the rebuild reports it.
        var broken = Edit(site.SetSummaryLink(id, "/entries/nowhere/"), out first);
        Assert.Null(first);
        Assert.False(broken.Build.Succeeded);

        // The fix after a failed build: only the whole rebuild says the site is good again.
        var mended = Edit(site.SetSummaryLink(id, $"/entries/{site.Generated[9]}/"), out first);
        Assert.Null(first);
        Assert.True(mended.Build.Succeeded);

        // A save that changes nothing the open pages show hands nothing over; a template change reaches every page
        // and hands nothing over either.
        var same = site.PathOf(id);
        File.WriteAllText(same, File.ReadAllText(same));
        Edit(same, out first);
        Assert.Null(first);
        var template = Edit(site.ChangeTemplate(), out first);
        Assert.True(template.FullRender);
        Assert.Null(first);
    }

    [Fact]
    public void The_home_page_open_is_handed_over_alone_and_is_the_home_page_the_rebuild_makes()
    {
        using var site = new EditableSite(7, entries: 12);

        var builder = new IncrementalBuilder(site.Options(preview: true));
        Assert.True(builder.Rebuild(ChangeSet.Everything).Build.Succeeded);
        var id = site.Generated[3];
        IReadOnlyList<OutputFile>? first = null;

        var result = builder.Rebuild(ChangeSet.Of(site.ChangeTitle(id)), new FirstPages(new HashSet<string>(StringComparer.Ordinal) { "/" }, files => first = files));

        Assert.True(result.Build.Succeeded);
        var home = Assert.Single(first!);
        Assert.Equal("index.html", home.Path);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(site.TitleOf(id)), System.Text.Encoding.UTF8.GetString(home.Content), StringComparison.Ordinal);
        Assert.True(home.Content.AsSpan().SequenceEqual(result.Build.Files.Single(f => f.Path == "index.html").Content));
        Assert.True(result.PagesRendered > 1);
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
