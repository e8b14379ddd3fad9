using Scriban.Runtime;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>Lists every HTML page of the site, in a fixed order, each with the values its layout gets.</summary>
internal sealed class PageJobs(Chronology chronology, SiteUrls urls, ViewModels models, MarkdownRenderer markdown, DiagnosticBag diagnostics)
{
    private readonly StructuredData _structured = new(chronology, urls, markdown);

    public List<PageJob> All()
    {
        var jobs = new List<PageJob>(chronology.Entries.Length + 256) { HomeJob() };

        AddYearsAndMonths(jobs);
        for (var i = 0; i < chronology.Entries.Length; i++)
        {
            jobs.Add(EntryJob(i));
        }

        foreach (var kind in new[] { RegistryKind.Person, RegistryKind.Place, RegistryKind.Organization })
        {
            AddRegistry(jobs, kind);
        }

        AddTags(jobs);
        AddSources(jobs);
        foreach (var page in chronology.Pages)
        {
            var body = markdown.Render(page.Body, page.BodyLocation, diagnostics, urls.BasePath);
            jobs.Add(new PageJob("page", "page", urls.Page(page.Slug), page.Title, page.Description, page.Location,
                () => ViewModels.Obj(("body", body)), []));
        }

        jobs.Add(new PageJob("notfound", "404", urls.File("404.html"), "Page not found", null, null, () => new ScriptObject(), []));
        return jobs;
    }

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
            ("density", DensityChart.Render(chronology.Entries, urls)),
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
        jobs.Add(new PageJob("terms", "terms", urls.Section(kind), plural, null, null, () => ViewModels.Obj(
            ("kind", Loading.RegistryReader.KindName(kind)),
            ("kind_plural", plural),
            ("terms", ViewModels.ToArray(registry.Items.Select(item => ViewModels.Obj(
                ("name", item.Name),
                ("url", urls.Term(kind, item.Id)),
                ("count", index.GetValueOrDefault(item.Id, []).Length),
                ("description", item.Description)))))), chronology.Entries));

        foreach (var item in registry.Items)
        {
            var entries = index.GetValueOrDefault(item.Id, []);
            var url = urls.Term(kind, item.Id);
            jobs.Add(new PageJob("term", "term", url, item.Name, item.Description, item.Location, () => ViewModels.Obj(
                ("term", models.Term(item)),
                ("entries", models.Cards(entries)),
                ("entry_groups", models.CardGroups(url, entries)),
                ("density", DensityChart.Render(entries, urls))), entries));
        }
    }

    private void AddTags(List<PageJob> jobs)
    {
        jobs.Add(new PageJob("terms", "terms", urls.Section("tags"), "Tags", null, null, () => ViewModels.Obj(
            ("kind", "tag"),
            ("kind_plural", "Tags"),
            ("terms", ViewModels.ToArray(chronology.Tags.Select(tag => ViewModels.Obj(
                ("name", tag.Name),
                ("url", urls.Tag(tag.Id)),
                ("count", chronology.ByTag[tag.Id].Length),
                ("description", null)))))), chronology.Entries));

        foreach (var tag in chronology.Tags)
        {
            var url = urls.Tag(tag.Id);
            jobs.Add(new PageJob("term", "term", url, tag.Name, null, null, () => ViewModels.Obj(
                ("term", models.Tag(tag)),
                ("entries", models.Cards(chronology.ByTag[tag.Id])),
                ("entry_groups", models.CardGroups(url, chronology.ByTag[tag.Id])),
                ("density", DensityChart.Render(chronology.ByTag[tag.Id], urls))), chronology.ByTag[tag.Id]));
        }
    }

    private void AddSources(List<PageJob> jobs)
    {
        jobs.Add(new PageJob("sources", "sources", urls.Section("sources"), "Sources", null, null, () => ViewModels.Obj(
            ("sources", ViewModels.ToArray(chronology.Sources.Select(models.SourceSummary)))), chronology.Entries));

        foreach (var source in chronology.Sources)
        {
            var url = urls.Source(source.Id);
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
