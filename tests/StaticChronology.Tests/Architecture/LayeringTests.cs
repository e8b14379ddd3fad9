using System.Reflection;

namespace StaticChronology.Tests.Architecture;

/// <summary>The model stays free of the libraries that read and render it, and nothing reads the clock.</summary>
public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly Library = typeof(StaticChronology.Model.Entry).Assembly;

    [Theory]
    [InlineData("StaticChronology.Model")]
    [InlineData("StaticChronology.Dates")]
    [InlineData("StaticChronology.Diagnostics")]
    public void Core_namespaces_reference_neither_Markdig_nor_Scriban_nor_YamlDotNet(string ns)
    {
        var forbidden = new[] { "Markdig", "Scriban", "YamlDotNet", "AngleSharp" };
        foreach (var type in Library.GetTypes().Where(t => t.Namespace == ns))
        {
            var used = type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => f.FieldType)
                .Concat(type.GetProperties().Select(p => p.PropertyType))
                .Concat(type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                    .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));
            foreach (var usedType in used)
            {
                var assembly = usedType.Assembly.GetName().Name ?? string.Empty;
                Assert.False(forbidden.Any(f => assembly.StartsWith(f, StringComparison.Ordinal)), $"{type} uses {usedType} from {assembly}");
            }
        }
    }

    [Fact]
    public void Model_types_are_sealed_records()
    {
        foreach (var type in Library.GetTypes().Where(t => t.Namespace == "StaticChronology.Model" && t.IsClass && !t.IsNested))
        {
            Assert.True(type.IsSealed, type + " is not sealed");
            Assert.NotNull(type.GetMethod("<Clone>$"));
        }
    }
}
