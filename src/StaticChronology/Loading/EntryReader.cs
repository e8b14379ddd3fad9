using System.Collections.Immutable;
using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Reads one entry file into an <see cref="Entry"/>.</summary>
public static class EntryReader
{
    public static readonly IReadOnlyList<string> Keys =
        ["date", "title", "summary", "status", "people", "places", "organizations", "tags", "sources", "annotations", "related", "draft"];

    private static readonly IReadOnlyList<string> CitationKeys = ["source", "quote", "said_by"];
    private static readonly IReadOnlyList<string> AnnotationKeys = ["kind", "text"];
    private static readonly IReadOnlyList<string> RelatedKeys = ["entry", "relation"];

    private static readonly Dictionary<string, EntryStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["occurred"] = EntryStatus.Occurred,
        ["planned"] = EntryStatus.Planned,
        ["reported"] = EntryStatus.Reported,
        ["denied"] = EntryStatus.Denied,
    };

    private static readonly Dictionary<string, AnnotationKind> Kinds = new(StringComparer.Ordinal)
    {
        ["context"] = AnnotationKind.Context,
        ["discrepancy"] = AnnotationKind.Discrepancy,
        ["correction"] = AnnotationKind.Correction,
        ["date"] = AnnotationKind.Date,
        ["note"] = AnnotationKind.Note,
    };

    private static readonly Dictionary<string, Relation> Relations = new(StringComparer.Ordinal)
    {
        ["follows"] = Relation.Follows,
        ["responds-to"] = Relation.RespondsTo,
        ["same-event"] = Relation.SameEvent,
        ["contradicts"] = Relation.Contradicts,
    };

    public static Entry? Read(SourceText source, string id, DiagnosticBag diagnostics)
    {
        if (StrictYamlReader.Read(source, diagnostics) is not { } root)
        {
            return null;
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, root.Location,
                $"an entry must be a mapping of keys to values, not {root.Describe()}", "start with 'date:' and 'title:' lines"));
            return null;
        }

        var fields = new MappingReader(mapping, "entry", Keys, diagnostics);
        var date = ReadDate(fields, "date", diagnostics);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary") ?? string.Empty;
        var status = fields.Enum("status", Statuses) ?? EntryStatus.Occurred;
        var people = fields.IdList("people");
        var places = fields.IdList("places");
        var organizations = fields.IdList("organizations");
        var tags = fields.IdList("tags");
        var citations = ReadCitations(fields, diagnostics);
        var annotations = ReadAnnotations(fields, diagnostics);
        var related = ReadRelated(fields, diagnostics);
        var draft = fields.Boolean("draft") ?? false;

        if (fields.HasErrors || date is null || title is null)
        {
            return null;
        }

        return new Entry(id, mapping.Location, date, title, summary, fields.TextLocationOf("summary"), status,
            people, places, organizations, tags, citations, annotations, related, draft);
    }

    /// <summary>Reads an EDTF field, turning a parse error's column into a file position.</summary>
    internal static EdtfValue? ReadDate(MappingReader fields, string key, DiagnosticBag diagnostics, bool required = true)
    {
        var text = fields.Text(key, required);
        if (text is null)
        {
            return null;
        }

        if (EdtfParser.TryParse(text, out var value, out var error))
        {
            return value;
        }

        var at = fields.LocationOf(key);
        var node = fields.Node(key);
        // Quoted scalars start one column before their text.
        var quoteOffset = node is YamlScalar { IsPlain: false } ? 1 : 0;
        fields.Report(DiagnosticCodes.InvalidDate, at with { Column = at.Column + quoteOffset + (error?.Column ?? 0) },
            $"'{text}' is not a valid date: {error?.Message}",
            "accepted: 2022-01-21, 2022-01, 2022, 2022-01-21~ (approximate), 2022-01-21? (uncertain), 2022-01-XX, 2022-02-10/2022-02-20, ../2022-02-20");
        return null;
    }

    private static ImmutableArray<Citation> ReadCitations(MappingReader fields, DiagnosticBag diagnostics)
    {
        var items = fields.List("sources");
        if (items.IsEmpty)
        {
            fields.Report(DiagnosticCodes.MissingKey, fields.LocationOf("sources"),
                "entry is missing required key 'sources': every entry cites at least one source",
                "add 'sources:' with '- source: <source id>' and the quote that supports the entry");

            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Citation>(items.Length);
        foreach (var item in items)
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } shorthand when fields.CheckId(shorthand.Value, shorthand.Location, "source"):
                    builder.Add(new Citation(new Reference(shorthand.Value, shorthand.Location), null, null));
                    break;
                case YamlMapping mapping:
                    {
                        var citation = new MappingReader(mapping, "a source citation", CitationKeys, diagnostics);
                        var sourceId = citation.Id("source", required: true);
                        var quote = citation.Text("quote");
                        var saidBy = citation.Id("said_by");
                        if (citation.HasErrors)
                        {
                            fields.Fail();
                        }
                        else if (sourceId is not null)
                        {
                            builder.Add(new Citation(
                                new Reference(sourceId, citation.LocationOf("source")),
                                quote,
                                saidBy is null ? null : new Reference(saidBy, citation.LocationOf("said_by")),
                                quote is null ? null : citation.LocationOf("quote")));
                        }

                        break;
                    }

                case YamlScalar { IsNull: true }:
                    fields.Report(DiagnosticCodes.EmptyValue, item.Location,
                        "empty source citation: a '-' with nothing after it cites nothing",
                        "write '- source: <source id>' with its quote, or delete the line");
                    break;
                case YamlScalar:
                    break;
                default:
                    fields.Report(DiagnosticCodes.WrongNodeType, item.Location,
                        $"a source citation must be a mapping like '- source: <id>', not {item.Describe()}");
                    break;
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<Annotation> ReadAnnotations(MappingReader fields, DiagnosticBag diagnostics)
    {
        var builder = ImmutableArray.CreateBuilder<Annotation>();
        foreach (var item in fields.List("annotations"))
        {
            if (item is not YamlMapping mapping)
            {
                fields.Report(DiagnosticCodes.WrongNodeType, item.Location,
                    $"an annotation must be a mapping with 'kind:' and 'text:', not {item.Describe()}");
                continue;
            }

            var annotation = new MappingReader(mapping, "an annotation", AnnotationKeys, diagnostics);
            var kind = annotation.Enum("kind", Kinds);
            if (kind is null && annotation.Node("kind") is null)
            {
                annotation.Text("kind", required: true);
            }

            var text = annotation.Text("text", required: true);
            if (annotation.HasErrors || kind is null || text is null)
            {
                fields.Fail();
                continue;
            }

            builder.Add(new Annotation(kind.Value, text, annotation.TextLocationOf("text")));
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<RelatedLink> ReadRelated(MappingReader fields, DiagnosticBag diagnostics)
    {
        var builder = ImmutableArray.CreateBuilder<RelatedLink>();
        foreach (var item in fields.List("related"))
        {
            switch (item)
            {
                case YamlScalar { IsNull: false } shorthand:
                    if (fields.CheckId(shorthand.Value, shorthand.Location, "related"))
                    {
                        builder.Add(new RelatedLink(new Reference(shorthand.Value, shorthand.Location), Relation.Related));
                    }

                    break;
                case YamlMapping mapping:
                    {
                        var link = new MappingReader(mapping, "a related link", RelatedKeys, diagnostics);
                        var entryId = link.Id("entry", required: true);
                        var relation = link.Enum("relation", Relations) ?? Relation.Related;
                        if (link.HasErrors)
                        {
                            fields.Fail();
                        }
                        else if (entryId is not null)
                        {
                            builder.Add(new RelatedLink(new Reference(entryId, link.LocationOf("entry")), relation));
                        }

                        break;
                    }

                default:
                    fields.Report(DiagnosticCodes.WrongNodeType, item.Location,
                        $"a related link must be an entry id or a mapping with 'entry:' and 'relation:', not {item.Describe()}");
                    break;
            }
        }

        return builder.ToImmutable();
    }
}
