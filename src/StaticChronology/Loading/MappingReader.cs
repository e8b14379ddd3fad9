using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Reads the fields of one YAML mapping against a fixed list of keys, reporting every problem with its position.</summary>
/// <remarks>
/// Unknown keys are reported when the reader is made, so a typo like <c>titel</c> is always an error
/// with a "did you mean", even if the field it was meant to be is optional.
/// </remarks>
internal sealed class MappingReader
{
    private readonly YamlMapping _mapping;
    private readonly string _what;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

    public MappingReader(YamlMapping mapping, string what, IReadOnlyList<string> allowedKeys, DiagnosticBag diagnostics)
    {
        _mapping = mapping;
        _what = what;
        _diagnostics = diagnostics;
        foreach (var (key, value) in mapping.Entries)
        {
            if (allowedKeys.Contains(key.Value, StringComparer.Ordinal))
            {
                _values[key.Value] = value;
                continue;
            }

            var suggestion = Suggestions.DidYouMean(key.Value, allowedKeys);
            Report(DiagnosticCodes.UnknownKey, key.Location,
                $"unknown key '{key.Value}' in {what}",
                (suggestion is null ? string.Empty : suggestion + " ") + "allowed keys: " + string.Join(", ", allowedKeys));
        }
    }

    public SourceLocation Location => _mapping.Location;

    public bool HasErrors { get; private set; }

    /// <summary>The node under <paramref name="key"/>, treating an explicit null as absent.</summary>
    public YamlNode? Node(string key) =>
        _values.TryGetValue(key, out var node) && node is not YamlScalar { IsNull: true } ? node : null;

    public SourceLocation LocationOf(string key) => Node(key)?.Location ?? _mapping.Location;

    /// <summary>Where the text of a scalar value begins (inside quotes, below a block indicator); Markdown positions count from here.</summary>
    public SourceLocation TextLocationOf(string key) => Node(key) is YamlScalar scalar ? scalar.TextLocation : LocationOf(key);

    public string? Text(string key, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Report(DiagnosticCodes.MissingKey, _mapping.Location,
                    $"{_what} is missing required key '{key}'", $"add '{key}:' with a value");
            }

            return null;
        }

        if (node is not YamlScalar scalar)
        {
            Report(DiagnosticCodes.WrongNodeType, node.Location, $"'{key}' must be text, not {node.Describe()}");
            return null;
        }

        var text = scalar.Value.Trim();
        if (text.Length == 0)
        {
            Report(DiagnosticCodes.EmptyValue, node.Location, $"'{key}' is empty", "give it a value or remove the key");
            return null;
        }

        return scalar.IsPlain ? text : scalar.Value.TrimEnd('\n');
    }

    public string? Id(string key, bool required = false)
    {
        var text = Text(key, required);
        return text is not null && CheckId(text, LocationOf(key), key) ? text : null;
    }

    public T? Enum<T>(string key, IReadOnlyDictionary<string, T> values)
        where T : struct
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        if (values.TryGetValue(text, out var value))
        {
            return value;
        }

        var suggestion = Suggestions.DidYouMean(text, values.Keys);
        Report(DiagnosticCodes.InvalidValue, LocationOf(key),
            $"'{text}' is not a valid {key}",
            (suggestion is null ? string.Empty : suggestion + " ") + "allowed: " + string.Join(", ", values.Keys));
        return null;
    }

    public bool? Boolean(string key)
    {
        var text = Text(key);
        switch (text)
        {
            case null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Report(DiagnosticCodes.InvalidValue, LocationOf(key), $"'{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    /// <summary>The items of a list; a missing key is an empty list.</summary>
    public ImmutableArray<YamlNode> List(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequence sequence:
                return sequence.Items;
            default:
                Report(DiagnosticCodes.WrongNodeType, node.Location,
                    $"'{key}' must be a list, not {node.Describe()}", $"write each item on its own line starting with '- ', or use [a, b]");
                return [];
        }
    }

    /// <summary>A list of ids, each checked for form; each keeps its own position for later reference checks.</summary>
    public ImmutableArray<Reference> IdList(string key)
    {
        var builder = ImmutableArray.CreateBuilder<Reference>();
        foreach (var item in List(key))
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                Report(DiagnosticCodes.WrongNodeType, item.Location, $"items of '{key}' must be ids, not {item.Describe()}");
                continue;
            }

            if (CheckId(scalar.Value, scalar.Location, key))
            {
                builder.Add(new Reference(scalar.Value, scalar.Location));
            }
        }

        return builder.ToImmutable();
    }

    public bool CheckId(string text, SourceLocation location, string key)
    {
        if (Ids.IsValid(text))
        {
            return true;
        }

        Report(DiagnosticCodes.InvalidId, location, $"'{text}' is not a valid id for '{key}'", Ids.Rule);
        return false;
    }

    /// <summary>Marks the mapping as failed because something inside it, already reported, was wrong.</summary>
    public void Fail() => HasErrors = true;

    public void Report(string code, SourceLocation location, string message, string? hint = null)
    {
        HasErrors = true;
        _diagnostics.Add(Diagnostic.Error(code, location, message, hint));
    }
}
