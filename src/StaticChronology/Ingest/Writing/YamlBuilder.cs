using System.Text;

namespace StaticChronology.Ingest.Writing;

/// <summary>Builds block-style YAML line by line, in a fixed key order, so generated files read like hand-written ones.</summary>
public sealed class YamlBuilder
{
    private readonly StringBuilder _text = new();

    public YamlBuilder Comment(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _text.Append("# ").Append(line).Append('\n');
        }

        return this;
    }

    public YamlBuilder Field(string key, string? value, int indent = 0)
    {
        if (value is not null)
        {
            _text.Append(' ', indent).Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
        }

        return this;
    }

    /// <summary>A Markdown field as a literal block, so paragraphs and quotes survive unescaped.</summary>
    public YamlBuilder Block(string key, string? value, int indent = 0)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        if (!value.Contains('\n', StringComparison.Ordinal) || value.Any(c => c < 0x20 && c != '\n') || value.Contains('\u00A0', StringComparison.Ordinal))
        {
            return Field(key, value, indent);
        }

        _text.Append(' ', indent).Append(key).Append(": |\n");
        foreach (var line in value.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0)
            {
                _text.Append(' ', indent + 2).Append(line);
            }

            _text.Append('\n');
        }

        return this;
    }

    public YamlBuilder InlineList(string key, IReadOnlyCollection<string> ids)
    {
        if (ids.Count > 0)
        {
            _text.Append(key).Append(": [").Append(string.Join(", ", ids.Select(YamlText.Scalar))).Append("]\n");
        }

        return this;
    }

    public YamlBuilder Key(string key)
    {
        _text.Append(key).Append(":\n");
        return this;
    }

    /// <summary>Starts a list item of mappings: <c>  - key: value</c>.</summary>
    public YamlBuilder Item(string key, string value, bool block = false)
    {
        _text.Append("  - ");
        if (block)
        {
            var start = _text.Length;
            Block(key, value, indent: 4);
            _text.Remove(start, 4);
        }
        else
        {
            _text.Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
        }

        return this;
    }

    public override string ToString() => _text.ToString();
}
