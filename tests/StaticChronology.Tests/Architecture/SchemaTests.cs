using System.Text.Json;
using StaticChronology.Loading;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Architecture;

/// <summary>The published JSON Schemas describe exactly the keys the loader accepts, and the site publishes every one of them.</summary>
public sealed class SchemaTests
{
    public static TheoryData<string, string[]> Schemas() => new()
    {
        { "entry", [.. EntryReader.Keys] },
        { "source", [.. SourceReader.Keys] },
        { "registry", [.. RegistryReader.Keys] },
        { "chronology", [.. SettingsReader.Keys] },
    };

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Each_schema_allows_exactly_the_keys_the_loader_reads(string name, string[] keys)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "src/StaticChronology/Schema", name + ".schema.json")));
        var root = schema.RootElement;
        var mapping = root.GetProperty("type").GetString() == "array" ? root.GetProperty("items") : root;

        Assert.Equal(keys.Order(StringComparer.Ordinal), mapping.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(mapping.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal($"https://staticchronology.netlify.app/schema/{name}.schema.json", root.GetProperty("$id").GetString());
    }

    [Fact]
    public void The_site_publishes_every_schema_byte_for_byte()
    {
        using var site = new SiteFixture(SmallSite.Files());
        Assert.True(site.Build().Succeeded);

        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src/StaticChronology/Schema"), "*.schema.json"))
        {
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(site.OutputRoot, "schema", Path.GetFileName(file))));
        }
    }
}
