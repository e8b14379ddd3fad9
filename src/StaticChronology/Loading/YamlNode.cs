using System.Collections.Immutable;
using StaticChronology.Diagnostics;

namespace StaticChronology.Loading;

/// <summary>A node of a strictly read YAML document, with the position it started at.</summary>
public abstract record YamlNode(SourceLocation Location)
{
    /// <summary>What the node is, in words for an error message.</summary>
    public abstract string Describe();
}

/// <summary>A scalar: always text; YAML's implicit booleans and numbers are never applied.</summary>
/// <param name="IsPlain">Unquoted and not a block scalar, so <c>~</c>, <c>null</c> and an empty value mean "no value".</param>
public sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain) : YamlNode(Location)
{
    /// <summary>
    /// Where the value's first character is in the file: after the opening quote, or on the first
    /// line of a block scalar's content, at its indentation; positions inside Markdown count from here.
    /// </summary>
    public SourceLocation TextLocation { get; init; } = Location;

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : "text";
}

/// <summary>A YAML sequence.</summary>
public sealed record YamlSequence(SourceLocation Location, ImmutableArray<YamlNode> Items) : YamlNode(Location)
{
    public override string Describe() => "a list";
}

/// <summary>A YAML mapping whose keys are scalars, in document order, each key unique.</summary>
public sealed record YamlMapping(SourceLocation Location, ImmutableArray<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Location)
{
    public override string Describe() => "a mapping";
}
