using System.Globalization;
using System.Text;

namespace StaticChronology.Generate;

/// <summary>
/// Writes the same synthetic chronology as Hugo content: one page per entry with YAML front matter, and a
/// term page per person, place, organisation, tag and source carrying its name, as a Hugo site would.
/// </summary>
public static class HugoContentWriter
{
    public static int Write(SyntheticChronology chronology, string root)
    {
        var tree = new OutputTree(root);
        Terms(tree, "people", chronology.People, SyntheticChronology.PersonId);
        Terms(tree, "places", chronology.Places, SyntheticChronology.PlaceId);
        Terms(tree, "organizations", chronology.Organizations, SyntheticChronology.OrganizationId);
        Terms(tree, "tags", chronology.Tags, SyntheticChronology.TagId);
        for (var s = 0; s < SyntheticChronology.SourceCount; s++)
        {
            tree.Write($"content/sources/{SyntheticChronology.SourceId(s)}/_index.md", string.Create(CultureInfo.InvariantCulture,
                $"---\ntitle: {OutputTree.Quoted(SyntheticChronology.SourceTitle(s))}\noutlet: {SyntheticChronology.SourceOutlet(s)}\npublished: {SyntheticChronology.SourcePublished(s):yyyy-MM-dd}\n---\n"));
        }

        foreach (var entry in chronology.Entries())
        {
            tree.Write($"content/entries/{entry.Id}.md", Entry(entry));
        }

        return tree.Count;
    }

    private static string Entry(SyntheticEntry entry)
    {
        var text = new StringBuilder(2048);
        text.Append("---\n");
        text.Append("title: ").Append(OutputTree.Quoted(entry.Title)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"date: {entry.Date:yyyy-MM-dd}\n");
        if (entry.Status is { } status)
        {
            text.Append("status: ").Append(status).Append('\n');
        }

        OutputTree.IdList(text, "people", entry.People, SyntheticChronology.PersonId);
        OutputTree.IdList(text, "places", entry.Places, SyntheticChronology.PlaceId);
        OutputTree.IdList(text, "organizations", entry.Organizations, SyntheticChronology.OrganizationId);
        OutputTree.IdList(text, "tags", entry.Tags, SyntheticChronology.TagId);
        text.Append("sources: [");
        var first = true;
        var seen = new HashSet<int>();
        foreach (var citation in entry.Citations)
        {
            if (seen.Add(citation.Source))
            {
                text.Append(first ? string.Empty : ", ").Append(SyntheticChronology.SourceId(citation.Source));
                first = false;
            }
        }

        text.Append("]\ncitations:\n");
        OutputTree.CitationsAndAnnotations(text, entry);

        text.Append("---\n").Append(entry.Summary).Append('\n');
        return text.ToString();
    }

    private static void Terms(OutputTree tree, string taxonomy, IReadOnlyList<string> names, Func<int, string> id)
    {
        for (var i = 0; i < names.Count; i++)
        {
            tree.Write($"content/{taxonomy}/{id(i)}/_index.md", $"---\ntitle: {OutputTree.Quoted(names[i])}\n---\n");
        }
    }
}
