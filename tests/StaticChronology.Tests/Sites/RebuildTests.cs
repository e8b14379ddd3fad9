using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>Building again after adding, renaming or deleting an entry gives exactly what a clean build of the new input gives.</summary>
public sealed class RebuildTests
{
    private const string Added = "input/entries/2022/2022-01-15-added.yml";

    [Fact]
    public void Rebuilding_after_adding_renaming_and_deleting_entries_equals_a_clean_build()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);

        site.Write(Added, "date: 2022-01-15\ntitle: Added later\ntags: [new-tag]\nsources: [report-b]\n");
        AssertSameAsClean(site);

        var moved = site.ReadOutput("entries/2022-01-15-added/index.html");
        Assert.Contains("Added later", moved, StringComparison.Ordinal);
        File.Move(site.Combine(Added), site.Combine("input/entries/2022/2022-01-15-renamed.yml"));
        AssertSameAsClean(site);
        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, "entries", "2022-01-15-added")));

        site.Delete("input/entries/2022/2022-01-15-renamed.yml");
        AssertSameAsClean(site);
        Assert.False(Directory.Exists(Path.Combine(site.OutputRoot, "tags", "new-tag")));
    }

    private static void AssertSameAsClean(SiteFixture site)
    {
        var rebuilt = site.Build();
        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Diagnostics));
        var clean = site.Combine("clean-" + Guid.NewGuid().ToString("N"));
        Assert.True(site.Build(clean).Succeeded);
        DeterminismTests.AssertSameTree(clean, site.OutputRoot);
        Directory.Delete(clean, recursive: true);
    }
}
