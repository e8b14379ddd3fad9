using System.Globalization;
using System.Text;
using StaticChronology.Model;

namespace StaticChronology.Tests.Support;

/// <summary>
/// Writes everything the loader read, positions included, as plain text, so two loads can be compared
/// with one equality check (the model's records hold immutable arrays, which compare by reference).
/// </summary>
public static class ModelText
{
    public static string Describe(SiteInput input)
    {
        var text = new StringBuilder();
        Line(text, $"settings {input.Settings}");
        foreach (var item in input.People.Concat(input.Places).Concat(input.Organizations))
        {
            Line(text, $"{item.Kind} {item.Id} @{item.Location} name={item.Name} aliases=[{string.Join("|", item.Aliases)}] description={item.Description} wikidata={item.Wikidata}");
        }

        foreach (var source in input.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            Line(text, $"source {source.Id} @{source.Location} title={source.Title} outlet={source.Outlet} published={source.Published.Text} basis={source.PublishedBasis} note={source.PublishedNote} language={source.Language} from={source.TranslatedFrom} seed={source.Seed} url={source.Url}");
        }

        foreach (var entry in input.Entries.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            Describe(text, entry);
        }

        foreach (var page in input.Pages.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            Line(text, $"page {page}");
        }

        Line(text, $"unreadable [{string.Join("|", input.UnreadableIds.Order(StringComparer.Ordinal))}]");
        return text.ToString();
    }

    private static void Describe(StringBuilder text, Entry entry)
    {
        Line(text, $"entry {entry.Id} @{entry.Location} date={entry.Date.Text} title={entry.Title} status={entry.Status} draft={entry.Draft}");
        Line(text, $"  summary @{entry.SummaryLocation} [{entry.Summary}]");
        Line(text, $"  people {References(entry.People)}");
        Line(text, $"  places {References(entry.Places)}");
        Line(text, $"  organizations {References(entry.Organizations)}");
        Line(text, $"  tags {References(entry.Tags)}");
        foreach (var citation in entry.Sources)
        {
            Line(text, $"  citation {citation}");
        }

        foreach (var annotation in entry.Annotations)
        {
            Line(text, $"  annotation {annotation}");
        }

        foreach (var link in entry.Related)
        {
            Line(text, $"  related {link}");
        }
    }

    private static string References(IEnumerable<Reference> references) =>
        string.Join(", ", references.Select(r => r.Id + "@" + r.Location));

    private static void Line(StringBuilder text, FormattableString line) =>
        text.Append(line.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
