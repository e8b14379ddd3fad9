using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Tests.Serve;

/// <summary>
/// A rebuild after entries changed in place lists only the pages that show them, found from the entries alone
/// (<see cref="PageJobs.Showing"/>): they must be exactly the pages whose lists hold the entry in the full list.
/// </summary>
public sealed class PagesShowingTests
{
    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public void The_pages_found_to_show_an_entry_are_those_whose_lists_hold_it(int seed)
    {
        using var site = new EditableSite(seed, entries: 40);
        var (chronology, jobs) = List(site, only: null);

        foreach (var entry in chronology.Entries)
        {
            var holding = jobs.Where(j => j.Shows.Any(shown => ReferenceEquals(shown, entry))).Select(j => j.Url).Order(StringComparer.Ordinal);
            var found = PageJobs.Showing(chronology, Urls, entry).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(holding, found);
        }
    }

    [Fact]
    public void A_list_of_only_some_pages_is_those_pages_of_the_full_list_in_its_order()
    {
        using var site = new EditableSite(34, entries: 40);
        var (chronology, all) = List(site, only: null);
        var random = new Random(34);
        var only = all.Select(j => j.Url).Where(_ => random.Next(4) == 0).ToHashSet(StringComparer.Ordinal);

        var (_, some) = List(site, only);

        Assert.InRange(only.Count, 10, all.Count - 10);
        Assert.Equal(all.Where(j => only.Contains(j.Url)).Select(j => (j.Kind, j.Url, j.Title)), some.Select(j => (j.Kind, j.Url, j.Title)));
    }

    private static readonly SiteUrls Urls = new("http://127.0.0.1:5080/");

    private static (Chronology Chronology, List<PageJob> Jobs) List(EditableSite site, IReadOnlySet<string>? only)
    {
        var diagnostics = new DiagnosticBag();
        var chronology = site.Assemble();
        var markdown = new MarkdownRenderer();
        var models = new ViewModels(chronology, Urls, markdown, diagnostics);
        return (chronology, new PageJobs(chronology, Urls, models, markdown, diagnostics, only).All());
    }
}
