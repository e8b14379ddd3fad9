using Scriban.Runtime;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>Lists every HTML page of the site, in a fixed order, each with the values its layout gets.</summary>
/// <param name="only">The addresses of the pages to list, when not every page is wanted (<see cref="RenderOptions.Only"/>).</param>
internal sealed class PageJobs(Chronology chronology, SiteUrls urls, ViewModels models, MarkdownRenderer markdown, DiagnosticBag diagnostics, IReadOnlySet<string>? only = null)
{
    private readonly StructuredData _structured = new(chronology, urls, markdown);

    /// <summary>Every page, or only those at the addresses the list was made for, in the same order.</summary>
    public List<PageJob> All()
    {
        var jobs = new List<PageJob>(only?.Count ?? chronology.Entries.Length + 256);
        if (Wanted(urls.Home))
        {
            jobs.Add(HomeJob());
        }

        AddYearsAndMonths(jobs);
        foreach (var position in EntryPositions())
        {
            jobs.Add(EntryJob(position));
        }

        foreach (var kind in new[] { RegistryKind.Person, RegistryKind.Place, RegistryKind.Organization })
        {
            AddRegistry(jobs, kind);
        }

        AddTags(jobs);
        AddSources(jobs);
        foreach (var page in chronology.Pages)
        {
            // Rendered even when the page is not wanted: what it finds wrong is part of every build's report.
            var body = markdown.Render(page.Body, page.BodyLocation, diagnostics, urls.BasePath);
            if (Wanted(urls.Page(page.Slug)))
            {
                jobs.Add(new PageJob("page", "page", urls.Page(page.Slug), page.Title, page.Description, page.Location,
                    () => ViewModels.Obj(("body", body)), []));
            }
        }

        if (Wanted(urls.File("404.html")))
        {
            jobs.Add(new PageJob("notfound", "404", urls.File("404.html"), "Page not found", null, null, () => new ScriptObject(), []));
        }

        return jobs;
    }

    /// <summary>
    /// The addresses of the pages that show <paramref name="entry"/> in <paramref name="chronology"/>: those whose
    /// <see cref="PageJob.Shows"/> hold it in <see cref="All"/>'s list, found from the entry alone.
    /// </summary>
    public static IEnumerable<string> Showing(Chronology chronology, SiteUrls urls, Entry entry)
    {
        if (!chronology.Positions.TryGetValue(entry.Id, out var position) || !ReferenceEquals(chronology.Entries[position], entry))
        {
            yield break;
        }

        // Every entry: the home page.
        yield return urls.Home;

        foreach (var year in chronology.Years)
        {
            var inYear = Holds(year.YearOnly, entry);
            foreach (var month in year.Months)
            {
                if (Holds(month.Entries, entry))
                {
                    inYear = true;
                    yield return urls.Month(month.Year, month.Month);
                }
            }

            if (inYear)
            {
                yield return urls.Year(year.Year);
            }
        }

        // Its own page, its neighbours' pages, and the pages of the entries it links to or is linked from (EntryPageShows).
        yield return urls.Entry(entry.Id);
        if (position > 0)
        {
            yield return urls.Entry(chronology.Entries[position - 1].Id);
        }

        if (position < chronology.Entries.Length - 1)
        {
            yield return urls.Entry(chronology.Entries[position + 1].Id);
        }

        foreach (var related in entry.Related)
        {
            yield return urls.Entry(related.Entry.Id);
        }

        foreach (var backlink in chronology.Backlinks.GetValueOrDefault(entry.Id, []))
        {
            yield return urls.Entry(backlink.From.Id);
        }

        // The pages of what it names, as the indexes file it.
        foreach (var kind in new[] { RegistryKind.Person, RegistryKind.Place, RegistryKind.Organization })
        {
            var index = chronology.IndexOf(kind);
            foreach (var item in chronology.RegistryOf(kind).Items)
            {
                if (index.TryGetValue(item.Id, out var listed) && Holds(listed, entry))
                {
                    yield return urls.Term(kind, item.Id);
                }
            }
        }

        foreach (var tag in chronology.Tags)
        {
            if (Holds(chronology.ByTag[tag.Id], entry))
            {
                yield return urls.Tag(tag.Id);
            }
        }

        foreach (var source in chronology.Sources)
        {
            if (chronology.BySource.TryGetValue(source.Id, out var listed) && Holds(listed, entry))
            {
                yield return urls.Source(source.Id);
            }
        }
    }

    /// <summary>The pages that count entries without listing them (<see cref="PageJob.Counts"/>): the lists of people, places, organisations, tags and sources.</summary>
    public static IEnumerable<string> Counting(SiteUrls urls) =>
        [urls.Section(RegistryKind.Person), urls.Section(RegistryKind.Place), urls.Section(RegistryKind.Organization), urls.Section("tags"), urls.Section("sources")];

    /// <summary>Whether the list holds this very entry (entries compare by value, and two could be equal).</summary>
    private static bool Holds(System.Collections.Immutable.ImmutableArray<Entry> list, Entry entry)
    {
        foreach (var listed in list)
        {
            if (ReferenceEquals(listed, entry))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The places in the chronology of the entries whose pages are listed, in order.</summary>
    private IEnumerable<int> EntryPositions()
    {
        if (only is null)
        {
            return Enumerable.Range(0, chronology.Entries.Length);
        }

        // A few pages among thousands: their entries are found from their addresses.
        var positions = new List<int>();
        foreach (var url in only)
        {
            if (urls.EntryId(url) is { } id && chronology.Positions.TryGetValue(id, out var position) && urls.Entry(id) == url)
            {
                positions.Add(position);
            }
        }

        positions.Sort();
        return positions;
    }

    private bool Wanted(string url) => only is null || only.Contains(url);

    /// <summary>
    /// The page at <paramref name="url"/> made without listing every page, when it is the home page or an entry's page;
    /// null for any other address.
    /// </summary>
    public PageJob? Alone(string url) =>
        url == urls.Home ? HomeJob()
        : urls.EntryId(url) is { } id && chronology.Positions.TryGetValue(id, out var position) ? EntryJob(position)
        : null;

    private PageJob HomeJob() =>
        new("home", "home", urls.Home, chronology.Settings.Title, chronology.Settings.Description, null, () => ViewModels.Obj(
            ("years", ViewModels.ToArray(chronology.Years.Select(models.Year))),
            ("entry_count", chronology.Entries.Length),
            ("source_count", chronology.Sources.Length),
            ("density", models.Density(urls.Home, DensityChart.Count(chronology.Years))),
            ("finder", FinderModel.Build(chronology))), chronology.Entries, _structured.Home);

    private PageJob EntryJob(int position)
    {
        var entry = chronology.Entries[position];
        return new PageJob("entry", "entry", urls.Entry(entry.Id), entry.Title, models.CardOf(entry)["summary_line"] as string, entry.Location,
            () => ViewModels.Obj(("entry", models.EntryPage(entry))), EntryPageShows(entry, position), () => _structured.Entry(entry));
    }

    private void AddYearsAndMonths(List<PageJob> jobs)
    {
        var years = chronology.Years;
        for (var y = 0; y < years.Length; y++)
        {
            var year = years[y];
            if (!Wanted(urls.Year(year.Year)))
            {
                continue;
            }

            var previousYear = y > 0 ? Neighbour(years[y - 1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture), urls.Year(years[y - 1].Year)) : null;
            var nextYear = y < years.Length - 1 ? Neighbour(years[y + 1].Year.ToString(System.Globalization.CultureInfo.InvariantCulture), urls.Year(years[y + 1].Year)) : null;
            var yearLabel = year.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            jobs.Add(new PageJob("year", "year", urls.Year(year.Year), yearLabel, $"Events of {yearLabel}", null,
                () => ViewModels.Obj(("year", models.Year(year)), ("previous", previousYear), ("next", nextYear)),
                [.. year.YearOnly, .. year.Months.SelectMany(m => m.Entries)]));
        }

        var months = years.SelectMany(y => y.Months).ToList();
        for (var m = 0; m < months.Count; m++)
        {
            var month = months[m];
            if (!Wanted(urls.Month(month.Year, month.Month)))
            {
                continue;
            }

            var previous = m > 0 ? Neighbour(ViewModels.MonthLabel(months[m - 1].Year, months[m - 1].Month), urls.Month(months[m - 1].Year, months[m - 1].Month)) : null;
            var next = m < months.Count - 1 ? Neighbour(ViewModels.MonthLabel(months[m + 1].Year, months[m + 1].Month), urls.Month(months[m + 1].Year, months[m + 1].Month)) : null;
            var label = ViewModels.MonthLabel(month.Year, month.Month);
            jobs.Add(new PageJob("month", "month", urls.Month(month.Year, month.Month), label, $"Events of {label}", null,
                () => ViewModels.Obj(("month", models.Month(month)), ("previous", previous), ("next", next)), month.Entries));
        }
    }

    private void AddRegistry(List<PageJob> jobs, RegistryKind kind)
    {
        var registry = chronology.RegistryOf(kind);
        var index = chronology.IndexOf(kind);
        var plural = ViewModels.KindPlural(kind);
        if (Wanted(urls.Section(kind)))
        {
            jobs.Add(new PageJob("terms", "terms", urls.Section(kind), plural, null, null, () => ViewModels.Obj(
                ("kind", Loading.RegistryReader.KindName(kind)),
                ("kind_plural", plural),
                ("terms", ViewModels.ToArray(registry.Items.Select(item => ViewModels.Obj(
                    ("name", item.Name),
                    ("url", urls.Term(kind, item.Id)),
                    ("count", index.GetValueOrDefault(item.Id, []).Length),
                    ("description", item.Description)))))), [], Counts: [.. registry.Items.Select(item => index.GetValueOrDefault(item.Id, []).Length)]));
        }

        foreach (var item in registry.Items)
        {
            var entries = index.GetValueOrDefault(item.Id, []);
            var url = urls.Term(kind, item.Id);
            if (!Wanted(url))
            {
                continue;
            }

            jobs.Add(new PageJob("term", "term", url, item.Name, item.Description, item.Location, () => ViewModels.Obj(
                ("term", models.Term(item)),
                ("entries", models.Cards(entries)),
                ("entry_groups", models.CardGroups(url, entries)),
                ("density", models.Density(url, entries))), entries));
        }
    }

    private void AddTags(List<PageJob> jobs)
    {
        if (Wanted(urls.Section("tags")))
        {
            jobs.Add(new PageJob("terms", "terms", urls.Section("tags"), "Tags", null, null, () => ViewModels.Obj(
                ("kind", "tag"),
                ("kind_plural", "Tags"),
                ("terms", ViewModels.ToArray(chronology.Tags.Select(tag => ViewModels.Obj(
                    ("name", tag.Name),
                    ("url", urls.Tag(tag.Id)),
                    ("count", chronology.ByTag[tag.Id].Length),
                    ("description", null)))))), [], Counts: [.. chronology.Tags.Select(tag => chronology.ByTag[tag.Id].Length)]));
        }

        foreach (var tag in chronology.Tags)
        {
            var url = urls.Tag(tag.Id);
            if (!Wanted(url))
            {
                continue;
            }

            jobs.Add(new PageJob("term", "term", url, tag.Name, null, null, () => ViewModels.Obj(
                ("term", models.Tag(tag)),
                ("entries", models.Cards(chronology.ByTag[tag.Id])),
                ("entry_groups", models.CardGroups(url, chronology.ByTag[tag.Id])),
                ("density", models.Density(url, chronology.ByTag[tag.Id]))), chronology.ByTag[tag.Id]));
        }
    }

    private void AddSources(List<PageJob> jobs)
    {
        if (Wanted(urls.Section("sources")))
        {
            jobs.Add(new PageJob("sources", "sources", urls.Section("sources"), "Sources", null, null, () => ViewModels.Obj(
                ("sources", ViewModels.ToArray(chronology.Sources.Select(models.SourceSummary)))), [],
                Counts: [.. chronology.Sources.Select(source => chronology.BySource.GetValueOrDefault(source.Id, []).Length)]));
        }

        foreach (var source in chronology.Sources)
        {
            var url = urls.Source(source.Id);
            if (!Wanted(url))
            {
                continue;
            }

            var entries = chronology.BySource.GetValueOrDefault(source.Id, []);
            jobs.Add(new PageJob("source", "source", url, source.Title, null, source.Location, () => ViewModels.Obj(
                ("source", models.SourcePage(source)),
                ("entries", models.Cards(entries)),
                ("entry_groups", models.CardGroups(url, entries))), entries, () => _structured.Source(source)));
        }
    }

    /// <summary>An entry's page shows the entry, its neighbours in time, and the entries it links to or is linked from.</summary>
    /// <param name="position">The entry's place in the chronology's order, where its neighbours are.</param>
    private List<Entry> EntryPageShows(Entry entry, int position)
    {
        var shows = new List<Entry>(4 + entry.Related.Length) { entry };
        if (position > 0)
        {
            shows.Add(chronology.Entries[position - 1]);
        }

        if (position < chronology.Entries.Length - 1)
        {
            shows.Add(chronology.Entries[position + 1]);
        }

        foreach (var related in entry.Related)
        {
            shows.Add(chronology.EntryById(related.Entry.Id));
        }

        if (chronology.Backlinks.TryGetValue(entry.Id, out var backlinks))
        {
            foreach (var backlink in backlinks)
            {
                shows.Add(backlink.From);
            }
        }

        return shows;
    }

    private static ScriptObject Neighbour(string label, string url) => ViewModels.Obj(("label", label), ("url", url));
}
