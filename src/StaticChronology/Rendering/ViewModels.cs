using System.Collections.Immutable;
using Scriban.Runtime;
using StaticChronology.Assembly;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Rendering;

/// <summary>Builds the explicit view models templates see (docs/theme.md), from the assembled chronology.</summary>
/// <remarks>
/// Markdown is rendered and cards are built once per entry, up front, and shared read-only by every
/// page that lists the entry; templates never reach the domain records themselves.
/// </remarks>
public sealed class ViewModels
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly Chronology _chronology;
    private readonly SiteUrls _urls;
    private readonly IReadOnlyDictionary<string, EntryViewModel> _entries;
    private readonly IRenderCache? _cache;

    // The values of `site` that are the same on every page, before and after its navigation.
    private readonly (string Key, object? Value)[] _siteBefore;
    private readonly (string Key, object? Value)[] _siteAfter;

    /// <param name="cache">Hands back an entry's models from an earlier render when the entry is unchanged.</param>
    public ViewModels(Chronology chronology, SiteUrls urls, MarkdownRenderer markdown, DiagnosticBag diagnostics, IRenderCache? cache = null)
    {
        _chronology = chronology;
        _urls = urls;
        _cache = cache;
        _siteBefore =
        [
            ("home_url", urls.Home),
            ("sources_url", urls.Section("sources")),
            ("title", chronology.Settings.Title),
            ("description", chronology.Settings.Description),
            ("base_url", urls.BaseUrl),
            ("base_path", urls.BasePath),
            ("language", chronology.Settings.Language),
            ("entry_count", chronology.Entries.Length),
        ];
        _siteAfter =
        [
            ("feed_url", urls.File("feed.xml")),
            ("json_feed_url", urls.File("feed.json")),
            ("data_url", urls.File("chronology.json")),
            ("css_url", urls.File("css/site.css")),
            ("search_script_url", urls.File("js/search.js")),
            ("search_index_url", urls.File(Data.SearchIndex.FileName)),
            ("calendar_url", urls.File(Data.CalendarFile.FileName)),
        ];
        var entries = chronology.Entries;
        _entries = cache?.EntryModels(entries, entry => Make(entry, markdown)) ?? Models(entries, entry => Make(entry, markdown));
        foreach (var entry in entries)
        {
            diagnostics.AddRange(_entries[entry.Id].Diagnostics);
        }
    }

    /// <summary>Every entry's models by id, made side by side.</summary>
    public static Dictionary<string, EntryViewModel> Models(IReadOnlyList<Entry> entries, Func<Entry, EntryViewModel> make)
    {
        var models = new EntryViewModel[entries.Count];
        Parallel.For(0, entries.Count, i => models[i] = make(entries[i]));
        var byId = new Dictionary<string, EntryViewModel>(entries.Count, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            byId[entries[i].Id] = models[i];
        }

        return byId;
    }

    public static string MonthName(int month) => MonthNames[month - 1];

    public ScriptObject CardOf(Entry entry) => _entries[entry.Id].Card;

    public ScriptArray Cards(IEnumerable<Entry> entries) => ToArray(entries.Select(CardOf));

    /// <summary>
    /// The cards of a page's list in runs of one year each, <c>{ entries }</c>: together the same cards in the same
    /// order. The preview keeps a run while its entries are unchanged, and with it the run's rendered items.
    /// </summary>
    /// <param name="page">The page's URL, which names its runs among those of other pages.</param>
    public ScriptArray CardGroups(string page, IReadOnlyList<Entry> entries)
    {
        var groups = new ScriptArray();
        var runs = new Dictionary<int, int>();
        for (var start = 0; start < entries.Count;)
        {
            var year = ChronologyAssembler.Anchor(entries[start].Date).Year;
            var end = start + 1;
            while (end < entries.Count && ChronologyAssembler.Anchor(entries[end].Date).Year == year)
            {
                end++;
            }

            var run = new Entry[end - start];
            for (var i = 0; i < run.Length; i++)
            {
                run[i] = entries[start + i];
            }

            ScriptObject Make() => Obj(("entries", Cards(run)));
            // Named by year, so that an entry added to one year leaves the others' runs as they were; entries with an
            // open start sort first but are filed under a later year, so a year may have more than one run.
            runs[year] = runs.GetValueOrDefault(year) + 1;
            var key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{page}#{year}/{runs[year]}");
            groups.Add(_cache is null ? Make() : _cache.GroupModel(key, run, Make));
            start = end;
        }

        return groups;
    }

    public static ScriptObject Date(EdtfValue date) => Obj(
        ("text", EdtfDisplay.Format(date)),
        ("html", new SafeHtml(EdtfDisplay.ToHtml(date))),
        ("datetime", date.Start is { } start && date.StartKind == EdtfBoundKind.Known ? EdtfDisplay.HtmlDateTime(start) : null));

    /// <summary>The <c>site</c> every page sees; only the current item of the navigation differs from page to page.</summary>
    public ScriptObject Site(string currentUrl, bool preview, IEnumerable<(string Title, string Url)> nav)
    {
        var site = new ScriptObject(_siteBefore.Length + _siteAfter.Length + 2);
        foreach (var (key, value) in _siteBefore)
        {
            site[key] = value;
        }

        site["nav"] = ToArray(nav.Select(n => Obj(("title", n.Title), ("url", n.Url), ("current", IsCurrent(n.Url, currentUrl)))));
        foreach (var (key, value) in _siteAfter)
        {
            site[key] = value;
        }

        site["preview"] = preview;
        return site;
    }

    /// <summary>The density chart of a page's entries; the preview keeps it while the months and their counts are the same.</summary>
    public SafeHtml? Density(string page, IEnumerable<Entry> entries) => Density(page, DensityChart.Count(entries));

    /// <summary>The density chart of the counts of <see cref="DensityChart.Count(IEnumerable{Entry})"/>, kept as that is.</summary>
    public SafeHtml? Density(string page, long[] months) =>
        _cache is null ? DensityChart.Draw(months, _urls) : _cache.Remember("density " + page, months, () => DensityChart.Draw(months, _urls));

    /// <summary>A year with its months and cards; the preview keeps it while the year's entries are unchanged, and with it the year's rendered section.</summary>
    public ScriptObject Year(YearGroup year) => _cache is null
        ? MakeYear(year)
        : _cache.GroupModel("year/" + year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. year.YearOnly, .. year.Months.SelectMany(m => m.Entries)], () => MakeYear(year));

    private ScriptObject MakeYear(YearGroup year) => Obj(
        ("year", year.Year),
        ("url", _urls.Year(year.Year)),
        ("count", year.Count),
        ("year_only", Cards(year.YearOnly)),
        ("months", ToArray(year.Months.Select(Month))));

    /// <summary>A month with its cards; the preview keeps it while the month's entries are unchanged, and with it the month's rendered sections.</summary>
    public ScriptObject Month(MonthGroup month) => _cache is null
        ? MakeMonth(month)
        : _cache.GroupModel(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"month/{month.Year}/{month.Month}"), month.Entries, () => MakeMonth(month));

    private ScriptObject MakeMonth(MonthGroup month) => Obj(
        ("year", month.Year),
        ("month", month.Month),
        ("name", MonthName(month.Month)),
        ("label", MonthLabel(month.Year, month.Month)),
        ("url", _urls.Month(month.Year, month.Month)),
        ("year_url", _urls.Year(month.Year)),
        ("count", month.Entries.Length),
        ("entries", Cards(month.Entries)));

    public static string MonthLabel(int year, int month) =>
        MonthName(month) + " " + year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public ScriptObject EntryPage(Entry entry)
    {
        var model = new ScriptObject();
        foreach (var (key, value) in CardOf(entry))
        {
            model[key] = value;
        }

        var anchor = ChronologyAssembler.Anchor(entry.Date);
        model["summary_html"] = _entries[entry.Id].Summary;
        model["annotation_groups"] = AnnotationGroups(entry);
        model["citations"] = ToArray(entry.Sources.Select(Citation));
        model["people"] = Links(entry.People, RegistryKind.Person);
        model["places"] = Links(entry.Places, RegistryKind.Place);
        model["organizations"] = Links(entry.Organizations, RegistryKind.Organization);
        model["tags"] = ToArray(entry.Tags.Select(t => Link(new TagInfo(t.Id).Name, _urls.Tag(t.Id))));
        model["related"] = ToArray(entry.Related.Select(r => RelatedLink(r.Relation, _chronology.EntryById(r.Entry.Id))));
        model["referenced_by"] = ToArray(_chronology.Backlinks.GetValueOrDefault(entry.Id, []).Select(b => RelatedLink(b.Relation, b.From, reverse: true)));
        model["previous"] = _chronology.Previous(entry) is { } previous ? CardOf(previous) : null;
        model["next"] = _chronology.Next(entry) is { } next ? CardOf(next) : null;
        model["year"] = anchor.Year;
        model["year_url"] = _urls.Year(anchor.Year);
        var hasMonth = ChronologyAssembler.HasMonth(entry.Date);
        model["month_name"] = hasMonth ? MonthName(anchor.Month) : null;
        model["month_url"] = hasMonth ? _urls.Month(anchor.Year, anchor.Month) : null;
        return model;
    }

    public ScriptObject Term(RegistryItem item) => Obj(
        ("kind", RegistryReader.KindName(item.Kind)),
        ("kind_label", KindLabel(item.Kind)),
        ("kind_plural", KindPlural(item.Kind)),
        ("kind_url", _urls.Section(item.Kind)),
        ("name", item.Name),
        ("aliases", ToArray(item.Aliases)),
        ("description", item.Description),
        ("wikidata", item.Wikidata),
        ("wikidata_url", item.Wikidata is null ? null : "https://www.wikidata.org/wiki/" + item.Wikidata),
        ("url", _urls.Term(item.Kind, item.Id)));

    public ScriptObject Tag(TagInfo tag) => Obj(
        ("kind", "tag"),
        ("kind_label", "Tag"),
        ("kind_plural", "Tags"),
        ("kind_url", _urls.Section("tags")),
        ("name", tag.Name),
        ("aliases", new ScriptArray()),
        ("description", null),
        ("wikidata", null),
        ("wikidata_url", null),
        ("url", _urls.Tag(tag.Id)));

    public ScriptObject SourcePage(Source source) => Obj(
        ("id", source.Id),
        ("title", source.Title),
        ("url", _urls.Source(source.Id)),
        ("outlet", source.Outlet),
        ("published", Date(source.Published)),
        ("published_basis", source.PublishedBasis == PublishedBasis.Stated ? "stated" : "inferred"),
        ("published_note", source.PublishedNote),
        ("language", source.Language),
        ("translated_from", source.TranslatedFrom),
        ("seed", source.Seed),
        ("original_url", source.Url));

    public ScriptObject SourceSummary(Source source) => Obj(
        ("title", source.Title),
        ("url", _urls.Source(source.Id)),
        ("outlet", source.Outlet),
        ("published", Date(source.Published)),
        ("count", _chronology.BySource.GetValueOrDefault(source.Id, []).Length));

    public static string KindLabel(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => "Person",
        RegistryKind.Place => "Place",
        _ => "Organisation",
    };

    public static string KindPlural(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => "People",
        RegistryKind.Place => "Places",
        _ => "Organisations",
    };

    public static ScriptObject Obj(params (string Key, object? Value)[] members)
    {
        var result = new ScriptObject(members.Length);
        foreach (var (key, value) in members)
        {
            result[key] = value;
        }

        return result;
    }

    public static ScriptArray ToArray<T>(IEnumerable<T> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    /// <summary>The nav item of the section a page belongs to: People on a person's page, Chronology on year, month and entry pages.</summary>
    private bool IsCurrent(string navUrl, string currentUrl)
    {
        if (navUrl != _urls.Home)
        {
            return currentUrl.StartsWith(navUrl, StringComparison.Ordinal);
        }

        var rest = currentUrl[_urls.BasePath.Length..];
        return rest.Length == 0 || rest.StartsWith("entries/", StringComparison.Ordinal) || (rest.Length >= 4 && rest[..4].All(char.IsAsciiDigit));
    }

    /// <summary>Markdown is rendered and the card built once per entry, and shared read-only by every page that shows it.</summary>
    private EntryViewModel Make(Entry entry, MarkdownRenderer markdown)
    {
        var own = new DiagnosticBag();
        var (summary, plainSummary) = markdown.RenderWithPlainText(entry.Summary, entry.SummaryLocation, own, _urls.BasePath);
        var card = Card(entry, plainSummary);
        ImmutableArray<SafeHtml> annotations = [.. entry.Annotations.Select(a => markdown.Render(a.Text, a.Location, own, _urls.BasePath))];
        return new EntryViewModel(card, summary, annotations, own.ToSortedArray());
    }

    private ScriptObject Card(Entry entry, string plainSummary) => Obj(
        ("id", entry.Id),
        ("url", _urls.Entry(entry.Id)),
        ("title", entry.Title),
        ("date", Date(entry.Date)),
        ("summary_line", FirstSentence(plainSummary)),
        ("source_count", entry.Sources.Length),
        ("status", StatusName(entry.Status)),
        ("status_label", entry.Status == EntryStatus.Occurred ? null : StatusLabel(entry.Status)),
        ("draft", entry.Draft));

    private ScriptArray AnnotationGroups(Entry entry)
    {
        var rendered = _entries[entry.Id].Annotations;
        return ToArray(entry.Annotations
            .Select((annotation, i) => (annotation.Kind, Html: rendered[i]))
            .GroupBy(a => a.Kind)
            .OrderBy(g => g.Key)
            .Select(g => Obj(
                ("kind", g.Key.ToString().ToLowerInvariant()),
                ("label", AnnotationLabel(g.Key)),
                ("items", ToArray(g.Select(a => Obj(("html", (object?)a.Html))))))));
    }

    private ScriptObject Citation(Citation citation)
    {
        var source = _chronology.SourcesById[citation.Source.Id];
        return Obj(
            ("source", Obj(
                ("id", source.Id),
                ("title", source.Title),
                ("url", _urls.Source(source.Id)),
                ("outlet", source.Outlet),
                ("published", Date(source.Published)))),
            ("quote", citation.Quote),
            ("said_by", citation.SaidBy is { } person ? Link(_chronology.People.ById[person.Id].Name, _urls.Term(RegistryKind.Person, person.Id)) : null));
    }

    private ScriptArray Links(ImmutableArray<Reference> references, RegistryKind kind)
    {
        var registry = _chronology.RegistryOf(kind);
        return ToArray(references.Select(r => Link(registry.ById[r.Id].Name, _urls.Term(kind, r.Id))));
    }

    /// <param name="reverse">Seen from the entry linked to: "Followed by" rather than "Follows".</param>
    private ScriptObject RelatedLink(Relation relation, Entry entry, bool reverse = false) => Obj(
        ("relation", relation switch
        {
            Relation.Follows => "follows",
            Relation.RespondsTo => "responds-to",
            Relation.SameEvent => "same-event",
            Relation.Contradicts => "contradicts",
            _ => "related",
        }),
        ("label", (relation, reverse) switch
        {
            (Relation.Follows, false) => "Follows",
            (Relation.Follows, true) => "Followed by",
            (Relation.RespondsTo, false) => "Responds to",
            (Relation.RespondsTo, true) => "Responded to by",
            (Relation.SameEvent, _) => "Same event",
            (Relation.Contradicts, false) => "Contradicts",
            (Relation.Contradicts, true) => "Contradicted by",
            _ => "Related",
        }),
        ("entry", CardOf(entry)));

    private static ScriptObject Link(string name, string url) => Obj(("name", name), ("url", url));

    private static string StatusName(EntryStatus status) => status.ToString().ToLowerInvariant();

    private static string StatusLabel(EntryStatus status) => status switch
    {
        EntryStatus.Planned => "Planned",
        EntryStatus.Reported => "Reported",
        EntryStatus.Denied => "Denied",
        _ => "Occurred",
    };

    private static string AnnotationLabel(AnnotationKind kind) => kind switch
    {
        AnnotationKind.Context => "Context",
        AnnotationKind.Discrepancy => "Discrepancy between sources",
        AnnotationKind.Correction => "Correction",
        AnnotationKind.Date => "How the date was found",
        _ => "Note",
    };

    /// <summary>The first sentence of a plain-text summary, cut at a word boundary if it runs long.</summary>
    public static string FirstSentence(string text)
    {
        const int Limit = 220;
        for (var i = 0; i < text.Length - 2 && i < Limit; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                return text[..(i + 1)];
            }
        }

        if (text.Length <= Limit)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', Limit);
        return text[..(cut > 0 ? cut : Limit)].TrimEnd(',', ';', ':') + "…";
    }
}
