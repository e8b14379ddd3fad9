using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace StaticChronology.Tests.Browser;

/// <summary>The home page's search and filters, driven as a reader would, checked against the site's own data.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchTests : IClassFixture<ServedSite>
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    private readonly Chromium _chromium;
    private readonly ServedSite _site;

    public SearchTests(Chromium chromium, ServedSite site)
    {
        _chromium = chromium;
        _site = site;
    }

    [Fact]
    public async Task Search_finds_an_entry_by_a_word_from_one_of_its_quotes()
    {
        var (entryId, word) = RarestQuoteWord();
        var page = await OpenHomeAsync();

        await page.GetByLabel("Words", Exact).FillAsync(word);
        await WaitForMatchesAsync(page);

        var shown = await ShownEntriesAsync(page);
        Assert.Contains(entryId, shown);
        Assert.True(shown.Count < _site.Result.EntryCount, $"searching for '{word}' should narrow the list");
        foreach (var id in shown)
        {
            Assert.Contains(word, SearchableText(id), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("?q=" + word, new Uri(page.Url).Query);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Filter_by_person_lists_exactly_that_persons_entries_and_its_url_reproduces_the_view()
    {
        var person = PageKinds.BusiestPerson(_site);
        var expected = _site.EntryIdsLinkedFrom($"people/{person}/index.html");
        var page = await OpenHomeAsync();

        await page.GetByLabel("Person", Exact).SelectOptionAsync(person);
        await WaitForMatchesAsync(page);
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await ShownEntriesAsync(page)).Order(StringComparer.Ordinal));
        var shared = page.Url;
        Assert.Equal("?person=" + person, new Uri(shared).Query);
        await page.CloseAsync();

        var again = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(again, _site.SitePath);
        await again.GotoAsync(shared);
        await WaitForMatchesAsync(again);
        Assert.Equal(person, await again.GetByLabel("Person", Exact).InputValueAsync());
        Assert.Equal(expected.Order(StringComparer.Ordinal), (await ShownEntriesAsync(again)).Order(StringComparer.Ordinal));
        await again.CloseAsync();
    }

    [Fact]
    public async Task Filters_combine_person_tag_and_date_range()
    {
        var person = PageKinds.BusiestPerson(_site);
        var personal = _site.Entries.Where(e => Ids(e, "people").Contains(person)).ToList();
        var tag = personal.SelectMany(e => Ids(e, "tags")).GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var from = personal.Select(e => e.GetProperty("date").GetProperty("earliest").GetString()!).Order(StringComparer.Ordinal).Skip(personal.Count / 2).First();
        var expected = personal
            .Where(e => Ids(e, "tags").Contains(tag))
            .Where(e => e.GetProperty("date").GetProperty("latest").GetString() is not { } latest || string.CompareOrdinal(latest, from) >= 0)
            .Select(e => e.GetProperty("id").GetString()!)
            .Order(StringComparer.Ordinal).ToList();

        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync($"{SiteRoutes.Origin}/?person={person}&tag={tag}&from={from}");
        await WaitForMatchesAsync(page);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, (await ShownEntriesAsync(page)).Order(StringComparer.Ordinal));
        Assert.Equal(from, await page.GetByLabel("From", Exact).InputValueAsync());
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Clear" }).ClickAsync();
        await Assertions.Expect(page.Locator("#finder-result")).ToBeEmptyAsync();
        Assert.Equal(_site.Result.EntryCount, (await ShownEntriesAsync(page)).Count);
        Assert.Equal(string.Empty, new Uri(page.Url).Query);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Status_and_an_end_date_combine_with_words()
    {
        var status = _site.Entries.Select(e => e.GetProperty("status").GetString()!).Where(s => s != "occurred")
            .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var withStatus = _site.Entries.Where(e => e.GetProperty("status").GetString() == status).ToList();
        var to = withStatus.Select(e => e.GetProperty("date").GetProperty("latest").GetString()!).Order(StringComparer.Ordinal).Last();
        var expected = withStatus
            .Where(e => e.GetProperty("date").GetProperty("earliest").GetString() is not { } earliest || string.CompareOrdinal(earliest, to) <= 0)
            .Select(e => e.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        var word = Words().Matches(withStatus[0].GetProperty("title").GetString()!).Select(m => m.Value).First();
        var withWord = expected.Where(id => SearchableText(id).Contains(word, StringComparison.OrdinalIgnoreCase)).ToList();

        var page = await OpenHomeAsync();
        await page.GetByLabel("Status", Exact).SelectOptionAsync(status);
        await page.GetByLabel("To", Exact).FillAsync(to);
        await WaitForMatchesAsync(page);
        Assert.Equal(expected, (await ShownEntriesAsync(page)).Order(StringComparer.Ordinal));

        await page.GetByLabel("Words", Exact).FillAsync(word);
        await Assertions.Expect(page.Locator("#finder-result")).ToHaveTextAsync(new Regex("^" + withWord.Count + " of "));
        Assert.Equal(withWord, (await ShownEntriesAsync(page)).Order(StringComparer.Ordinal));
        Assert.Equal($"?q={word}&status={status}&to={to}", new Uri(page.Url).Query);
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_search_index_is_fetched_only_when_the_form_is_first_used()
    {
        var requested = new List<string>();
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        page.Request += (_, request) => requested.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(SiteRoutes.Origin + "/", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#finder").WaitForAsync();
        Assert.Contains("/js/search.js", requested);
        Assert.DoesNotContain("/search.json", requested);

        var response = await page.RunAndWaitForResponseAsync(() => page.GetByLabel("Words", Exact).FocusAsync(), SiteRoutes.Origin + "/search.json");
        Assert.Equal(200, response.Status);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_alone_reaches_search_every_filter_and_every_entry_link()
    {
        var page = await OpenHomeAsync();
        var wanted = _site.Page("index.html").QuerySelectorAll("#finder input, #finder select, #finder button")
            .Select(e => e.Id is { Length: > 0 } id ? "#" + id : "BUTTON")
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("#finder-q", wanted);
        Assert.Contains("#finder-person", wanted);
        foreach (var id in _site.EntryIdsLinkedFrom("index.html"))
        {
            wanted.Add("/entries/" + id + "/");
        }

        var reached = new HashSet<string>(StringComparer.Ordinal);
        var stops = await page.Locator("a[href], input, select, button").CountAsync();
        for (var i = 0; i < stops * 4 && !wanted.IsSubsetOf(reached); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => { const e = document.activeElement; return e.id ? '#' + e.id : (e.getAttribute('href') || e.tagName); }");
            reached.Add(focused);
            reached.Add(Regex.Replace(focused, "^https://chronology\\.test", string.Empty));
        }

        Assert.Empty(wanted.Except(reached));

        // Typing into the focused search field works without a mouse, too.
        await page.Locator("#finder-q").FocusAsync();
        await page.Keyboard.TypeAsync(RarestQuoteWord().Word);
        await WaitForMatchesAsync(page);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_home_page_lists_every_entry()
    {
        await using var context = await _chromium.Browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + "/");

        var visible = await page.Locator("main .card__title a:visible").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var expected = _site.Entries.Select(e => "/entries/" + e.GetProperty("id").GetString() + "/").Order(StringComparer.Ordinal);
        Assert.Equal(expected, visible.Order(StringComparer.Ordinal));
        Assert.False(await page.Locator("#finder").IsVisibleAsync(), "the search form needs the script and stays hidden without it");
    }

    [Fact]
    public async Task Search_works_under_the_published_content_security_policy_without_a_violation()
    {
        var toml = File.ReadAllText(Path.Combine(Support.Repository.Root, "netlify.toml"));
        var policy = Regex.Match(toml, @"Content-Security-Policy\s*=\s*""([^""]+)""").Groups[1].Value;
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        var page = await _chromium.Browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        await SiteRoutes.ServeWithPolicyAsync(page, _site.SitePath, policy);
        foreach (var kind in PageKinds.All.Where(k => k != "notfound"))
        {
            await page.GotoAsync(SiteRoutes.Origin + PageKinds.Url(_site, kind), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        }

        await page.GotoAsync(SiteRoutes.Origin + "/");
        await page.Locator("#finder").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        await page.GetByLabel("Words", Exact).FillAsync(RarestQuoteWord().Word);
        await WaitForMatchesAsync(page);

        Assert.Empty(problems);
        await page.CloseAsync();
    }

    private async Task<IPage> OpenHomeAsync()
    {
        var page = await _chromium.Browser.NewPageAsync();
        await SiteRoutes.ServeAsync(page, _site.SitePath);
        await page.GotoAsync(SiteRoutes.Origin + "/");
        await page.Locator("#finder").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        return page;
    }

    private static Task WaitForMatchesAsync(IPage page) =>
        page.Locator("#finder-result").Filter(new LocatorFilterOptions { HasTextRegex = MatchCount() }).WaitForAsync();

    private static async Task<List<string>> ShownEntriesAsync(IPage page) =>
        [.. await page.Locator("#chronology [data-entry]:visible").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.entry)")];

    /// <summary>A word of six letters or more from some entry's quote, the one that the fewest entries mention.</summary>
    private (string EntryId, string Word) RarestQuoteWord() =>
        _site.Entries
            .SelectMany(e => e.GetProperty("sources").EnumerateArray()
                .Select(s => s.GetProperty("quote").GetString())
                .OfType<string>()
                .SelectMany(q => Words().Matches(q).Select(m => m.Value))
                .Select(word => (EntryId: e.GetProperty("id").GetString()!, Word: word)))
            .OrderBy(x => _site.Entries.Count(e => SearchableText(e.GetProperty("id").GetString()!).Contains(x.Word, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(x => x.Word, StringComparer.Ordinal)
            .First();

    /// <summary>What a reader's search covers for one entry, rebuilt from chronology.json: title, summary, quotes and names.</summary>
    private string SearchableText(string entryId)
    {
        var entry = _site.Entries.Single(e => e.GetProperty("id").GetString() == entryId);
        var parts = new List<string> { entry.GetProperty("title").GetString()!, entry.GetProperty("summary").GetString()! };
        parts.AddRange(entry.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("quote").GetString()).OfType<string>());
        var speakers = entry.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("said_by").GetString()).OfType<string>();
        foreach (var (kind, ids) in new[] { ("people", Ids(entry, "people").Concat(speakers)), ("places", Ids(entry, "places")), ("organizations", Ids(entry, "organizations")) })
        {
            foreach (var item in _site.Data.GetProperty(kind).EnumerateArray().Where(i => ids.Contains(i.GetProperty("id").GetString())))
            {
                parts.Add(item.GetProperty("name").GetString()!);
                parts.AddRange(item.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!));
            }
        }

        parts.AddRange(Ids(entry, "tags").Select(t => t.Replace('-', ' ')));
        return string.Join("\n", parts);
    }

    private static List<string> Ids(JsonElement entry, string name) =>
        [.. entry.GetProperty(name).EnumerateArray().Select(x => x.GetString()!)];

    [GeneratedRegex(@"\b\p{L}{6,}\b")]
    private static partial Regex Words();

    [GeneratedRegex("match")]
    private static partial Regex MatchCount();
}
