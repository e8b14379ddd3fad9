using System.Globalization;
using System.Text;

namespace StaticChronology.Generate;

/// <summary>Writes a synthetic chronology in StaticChronology's input format: <c>input/</c> and the articles in <c>seeds/</c>.</summary>
public static class ChronologyInputWriter
{
    public static int Write(SyntheticChronology chronology, string root)
    {
        var tree = new OutputTree(root);
        tree.Write("input/chronology.yml",
            "title: A synthetic chronology\ndescription: Generated for the benchmark.\nbase_url: https://chronology.test/\nlanguage: en\n");
        tree.Write("input/people.yml", Registry(chronology.People, SyntheticChronology.PersonId, "A person of the synthetic chronology."));
        tree.Write("input/places.yml", Registry(chronology.Places, SyntheticChronology.PlaceId, null));
        tree.Write("input/organizations.yml", Registry(chronology.Organizations, SyntheticChronology.OrganizationId, "An organisation of the synthetic chronology."));
        for (var s = 0; s < SyntheticChronology.SourceCount; s++)
        {
            var id = SyntheticChronology.SourceId(s);
            tree.Write($"seeds/{id}.txt", chronology.Article(s));
            tree.Write($"input/sources/{id}.yml", string.Create(CultureInfo.InvariantCulture,
                $"id: {id}\ntitle: {OutputTree.Quoted(SyntheticChronology.SourceTitle(s))}\noutlet: {SyntheticChronology.SourceOutlet(s)}\npublished: {SyntheticChronology.SourcePublished(s):yyyy-MM-dd}\npublished_basis: stated\nlanguage: en\nseed: seeds/{id}.txt\n"));
        }

        foreach (var entry in chronology.Entries())
        {
            tree.Write(string.Create(CultureInfo.InvariantCulture, $"input/entries/{entry.Date:yyyy}/{entry.Id}.yml"), Entry(entry));
        }

        return tree.Count;
    }

    private static string Entry(SyntheticEntry entry)
    {
        var text = new StringBuilder(2048);
        text.Append(CultureInfo.InvariantCulture, $"date: {entry.Date:yyyy-MM-dd}\n");
        text.Append("title: ").Append(OutputTree.Quoted(entry.Title)).Append('\n');
        text.Append("summary: ").Append(OutputTree.Quoted(entry.Summary)).Append('\n');
        if (entry.Status is { } status)
        {
            text.Append("status: ").Append(status).Append('\n');
        }

        OutputTree.IdList(text, "people", entry.People, SyntheticChronology.PersonId);
        OutputTree.IdList(text, "places", entry.Places, SyntheticChronology.PlaceId);
        OutputTree.IdList(text, "organizations", entry.Organizations, SyntheticChronology.OrganizationId);
        OutputTree.IdList(text, "tags", entry.Tags, SyntheticChronology.TagId);
        text.Append("sources:\n");
        OutputTree.CitationsAndAnnotations(text, entry);

        return text.ToString();
    }

    private static string Registry(IReadOnlyList<string> names, Func<int, string> id, string? description)
    {
        var text = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            text.Append("- id: ").Append(id(i)).Append('\n');
            text.Append("  name: ").Append(OutputTree.Quoted(names[i])).Append('\n');
            if (description is not null)
            {
                text.Append("  description: ").Append(description).Append('\n');
            }
        }

        return text.ToString();
    }
}
