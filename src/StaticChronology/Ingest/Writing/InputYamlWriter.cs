using StaticChronology.Model;
using StaticChronology.Rendering.Data;

namespace StaticChronology.Ingest.Writing;

/// <summary>Serialises sources and entries in the input format, in the key order CONTRIBUTING.md documents.</summary>
public static class InputYamlWriter
{
    public static string Source(Source source, string? reviewNote = null)
    {
        var yaml = new YamlBuilder();
        if (reviewNote is not null)
        {
            yaml.Comment("REVIEW: " + reviewNote);
        }

        return yaml
            .Field("id", source.Id)
            .Field("title", source.Title)
            .Field("outlet", source.Outlet)
            .Field("published", source.Published.Text)
            .Field("published_basis", source.PublishedBasis == PublishedBasis.Stated ? "stated" : "inferred")
            .Field("published_note", source.PublishedNote)
            .Field("language", source.Language)
            .Field("translated_from", source.TranslatedFrom)
            .Field("seed", source.Seed)
            .Field("url", source.Url)
            .ToString();
    }

    public static string Entry(Entry entry)
    {
        var yaml = new YamlBuilder()
            .Field("date", entry.Date.Text)
            .Field("title", entry.Title)
            .Block("summary", entry.Summary);
        if (entry.Status != EntryStatus.Occurred)
        {
            yaml.Field("status", entry.Status.ToString().ToLowerInvariant());
        }

        yaml.InlineList("people", [.. entry.People.Select(r => r.Id)])
            .InlineList("places", [.. entry.Places.Select(r => r.Id)])
            .InlineList("organizations", [.. entry.Organizations.Select(r => r.Id)])
            .InlineList("tags", [.. entry.Tags.Select(r => r.Id)])
            .Key("sources");
        foreach (var citation in entry.Sources)
        {
            yaml.Item("source", citation.Source.Id);
            yaml.Field("quote", citation.Quote, indent: 4);
            yaml.Field("said_by", citation.SaidBy?.Id, indent: 4);
        }

        if (!entry.Annotations.IsEmpty)
        {
            yaml.Key("annotations");
            foreach (var annotation in entry.Annotations)
            {
                yaml.Item("kind", annotation.Kind.ToString().ToLowerInvariant());
                yaml.Block("text", annotation.Text, indent: 4);
            }
        }

        if (!entry.Related.IsEmpty)
        {
            yaml.Key("related");
            foreach (var link in entry.Related)
            {
                yaml.Item("entry", link.Entry.Id);
                if (link.Relation != Relation.Related)
                {
                    yaml.Field("relation", ChronologyData.RelationName(link.Relation), indent: 4);
                }
            }
        }

        return yaml.ToString();
    }
}
