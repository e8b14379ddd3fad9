using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Reads <c>people.yml</c>, <c>places.yml</c> or <c>organizations.yml</c>: a list of named things.</summary>
public static partial class RegistryReader
{
    public static readonly IReadOnlyList<string> Keys = ["id", "name", "aliases", "description", "wikidata"];

    public static ImmutableArray<RegistryItem> Read(SourceText source, RegistryKind kind, DiagnosticBag diagnostics)
    {
        if (StrictYamlReader.Read(source, diagnostics) is not { } root)
        {
            return [];
        }

        if (root is not YamlSequence sequence)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, root.Location,
                $"this file must be a list of items starting with '- id:', not {root.Describe()}"));
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<RegistryItem>(sequence.Items.Length);
        foreach (var node in sequence.Items)
        {
            if (node is not YamlMapping mapping)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.WrongNodeType, node.Location,
                    $"each item must be a mapping with 'id:' and 'name:', not {node.Describe()}"));
                continue;
            }

            var fields = new MappingReader(mapping, KindName(kind), Keys, diagnostics);
            var id = fields.Id("id", required: true);
            var name = fields.Text("name", required: true);
            var aliases = ReadAliases(fields);
            var description = fields.Text("description");
            var wikidata = fields.Text("wikidata");
            if (wikidata is not null && !WikidataPattern().IsMatch(wikidata))
            {
                fields.Report(DiagnosticCodes.InvalidValue, fields.LocationOf("wikidata"),
                    $"'{wikidata}' is not a Wikidata item id", "write it like Q4775232, or leave the key out");
            }

            if (!fields.HasErrors && id is not null && name is not null)
            {
                builder.Add(new RegistryItem(kind, id, mapping.Location, name, aliases, description, wikidata));
            }
        }

        return builder.ToImmutable();
    }

    public static string KindName(RegistryKind kind) => kind switch
    {
        RegistryKind.Person => "person",
        RegistryKind.Place => "place",
        _ => "organisation",
    };

    private static ImmutableArray<string> ReadAliases(MappingReader fields)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var item in fields.List("aliases"))
        {
            if (item is YamlScalar { IsNull: false } scalar && scalar.Value.Trim().Length > 0)
            {
                builder.Add(scalar.Value.Trim());
            }
            else
            {
                fields.Report(DiagnosticCodes.WrongNodeType, item.Location, $"an alias must be text, not {item.Describe()}");
            }
        }

        return builder.ToImmutable();
    }

    [GeneratedRegex("^Q[1-9][0-9]{0,11}$", RegexOptions.CultureInvariant)]
    private static partial Regex WikidataPattern();
}
