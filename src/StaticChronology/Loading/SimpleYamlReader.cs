using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using StaticChronology.Diagnostics;

namespace StaticChronology.Loading;

/// <summary>
/// Reads the plain shape that entry files almost always have, in one pass over the text, into the same tree and
/// positions as <see cref="StrictYamlReader"/>; anything else it leaves to that reader.
/// </summary>
/// <remarks>
/// <para>
/// The shape: block mappings with simple keys (letters, digits, <c>_</c> and <c>-</c>), block sequences (also at
/// their key's indentation), one-line plain, single- and double-quoted scalars, one-line flow lists of simple
/// ids (<c>people: [a, b]</c>), comments and blank lines. That is what <c>chrono new</c> and <c>chrono ingest</c>
/// write and what the documentation shows.
/// </para>
/// <para>
/// It never reports an error. At the first thing outside that shape (a tab, a block scalar, a quote running
/// onto the next line, a plain value continued on the next line, an empty value, an escape it does not know,
/// a duplicate key, an anchor, a tag, a document marker, deep nesting...) it returns null, and the file is read
/// again by <see cref="StrictYamlReader"/>, which reports every problem at its position. So a file it accepts
/// gives the tree the strict reader gives, which the tests check on generated documents, and a file it refuses
/// costs one more read.
/// </para>
/// </remarks>
internal sealed class SimpleYamlReader
{
    /// <summary>Deeper than this is left to the strict reader; entries nest three levels.</summary>
    private const int MaxDepth = 8;

    private readonly string _path;
    private readonly string _text;
    private int _lineStart;
    private int _line = 1;
    private int _depth;

    private SimpleYamlReader(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>
    /// Characters the plain shape leaves to the parser: tabs, carriage returns, YAML's other line breaks (U+0085,
    /// U+2028, U+2029), the control characters and non-characters YAML refuses, byte order marks and surrogates.
    /// </summary>
    private static readonly SearchValues<char> Unusual = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c != '\n').Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c),
         .. Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c),
         '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF']);

    /// <summary>The document's root mapping or list, or null when the text is not of the plain shape.</summary>
    public static YamlNode? TryRead(SourceText source)
    {
        var text = source.Text;
        if (text.AsSpan().IndexOfAny(Unusual) >= 0)
        {
            return null;
        }

        var reader = new SimpleYamlReader(source.Path, text);
        if (reader.NextContentLine() != 0)
        {
            return null;
        }

        YamlNode? root = reader.IsItem(0) ? reader.Sequence(0) : reader.Mapping(0);
        return root is not null && reader.NextContentLine() < 0 ? root : null;
    }

    /// <summary>
    /// Moves to the start of the next line that is neither blank nor a comment, starting with the current one,
    /// and returns its indentation; -1 at the end of the text.
    /// </summary>
    private int NextContentLine()
    {
        while (_lineStart < _text.Length)
        {
            var indent = 0;
            while (_lineStart + indent < _text.Length && _text[_lineStart + indent] == ' ')
            {
                indent++;
            }

            var at = _lineStart + indent;
            if (at < _text.Length && _text[at] != '\n' && _text[at] != '#')
            {
                return indent;
            }

            SkipLine();
        }

        return -1;
    }

    private void SkipLine()
    {
        var end = _text.IndexOf('\n', _lineStart);
        _lineStart = end < 0 ? _text.Length : end + 1;
        _line++;
    }

    private SourceLocation At(int index) => new(_path, _line, index - _lineStart + 1);

    /// <summary>Whether the current line, indented by <paramref name="indent"/>, is a sequence item (<c>- </c>).</summary>
    private bool IsItem(int indent)
    {
        var at = _lineStart + indent;
        return at + 1 < _text.Length && _text[at] == '-' && _text[at + 1] == ' ';
    }

    /// <summary>A block mapping whose keys start at column <paramref name="column"/>; the first key is at that column of the current line.</summary>
    private YamlMapping? Mapping(int column)
    {
        if (++_depth > MaxDepth)
        {
            return null;
        }

        var location = At(_lineStart + column);
        var pairs = ImmutableArray.CreateBuilder<KeyValuePair<YamlScalar, YamlNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var keyStart = _lineStart + column;
            var at = keyStart;
            while (at < _text.Length && IsKeyChar(_text[at]))
            {
                at++;
            }

            // A simple key, then ':' and a space or the line's end.
            if (at == keyStart || _text[keyStart] == '-' || at >= _text.Length || _text[at] != ':' || (at + 1 < _text.Length && _text[at + 1] is not (' ' or '\n')))
            {
                return null;
            }

            var name = _text[keyStart..at];
            if (!keys.Add(name))
            {
                return null;
            }

            var key = new YamlScalar(At(keyStart), name, IsPlain: true);
            at++;
            while (at < _text.Length && _text[at] == ' ')
            {
                at++;
            }

            YamlNode? value;
            if (at >= _text.Length || _text[at] == '\n' || _text[at] == '#')
            {
                // The value is a block on the lines below: deeper, or a sequence at the key's own indentation.
                if (at < _text.Length && _text[at] == '#' && _text[at - 1] != ' ')
                {
                    return null;
                }

                SkipLine();
                var indent = NextContentLine();
                value = indent > column ? (IsItem(indent) ? Sequence(indent) : Mapping(indent))
                    : indent == column && IsItem(indent) ? Sequence(indent)
                    : null;
            }
            else
            {
                value = InlineValue(at, column);
            }

            if (value is null)
            {
                return null;
            }

            pairs.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));

            // The next key is at this column; a shallower line ends the mapping; anything else is not the plain shape
            // (a deeper line would continue a plain value, an item at this column would be out of place).
            var next = NextContentLine();
            if (next < column)
            {
                _depth--;
                return new YamlMapping(location, pairs.ToImmutable());
            }

            if (next > column || IsItem(next))
            {
                return null;
            }
        }
    }

    /// <summary>A block sequence whose dashes are at column <paramref name="column"/>, starting on the current line.</summary>
    private YamlSequence? Sequence(int column)
    {
        if (++_depth > MaxDepth)
        {
            return null;
        }

        var location = At(_lineStart + column);
        var items = ImmutableArray.CreateBuilder<YamlNode>();
        while (true)
        {
            var at = _lineStart + column + 1;
            while (at < _text.Length && _text[at] == ' ')
            {
                at++;
            }

            if (at >= _text.Length || _text[at] is '\n' or '#' or '-')
            {
                return null;
            }

            YamlNode? item;
            if (StartsMapping(at))
            {
                item = Mapping(at - _lineStart);
            }
            else
            {
                item = InlineValue(at, column);
            }

            if (item is null)
            {
                return null;
            }

            items.Add(item);
            var next = NextContentLine();
            if (next < column || (next == column && !IsItem(next)))
            {
                _depth--;
                return new YamlSequence(location, items.ToImmutable());
            }

            if (next > column)
            {
                return null;
            }
        }
    }

    /// <summary>Whether a sequence item's content at <paramref name="at"/> begins with a simple key (<c>- source: x</c>).</summary>
    private bool StartsMapping(int at)
    {
        while (at < _text.Length && IsKeyChar(_text[at]))
        {
            at++;
        }

        return at < _text.Length && _text[at] == ':' && (at + 1 >= _text.Length || _text[at + 1] is ' ' or '\n');
    }

    /// <summary>
    /// A value that starts at <paramref name="at"/> on the current line, in a node whose keys or dashes are at
    /// <paramref name="parentColumn"/>; after it, the reader is at the start of the line that follows the value.
    /// Null when it is not of the plain shape.
    /// </summary>
    private YamlNode? InlineValue(int at, int parentColumn)
    {
        var end = _text.IndexOf('\n', at);
        if (end < 0)
        {
            end = _text.Length;
        }

        if (_text[at] == '|')
        {
            return Literal(at, end, parentColumn);
        }

        YamlNode? value = _text[at] switch
        {
            '"' => DoubleQuoted(at, end),
            '\'' => SingleQuoted(at, end),
            '[' => FlowList(at, end),
            _ => Plain(at, end),
        };
        SkipLine();
        return value;
    }

    /// <summary>
    /// A literal block (<c>|</c> or <c>|-</c>) whose lines are indented deeper than <paramref name="parentColumn"/>,
    /// the first of them not blank, and which ends with a line break.
    /// </summary>
    private YamlScalar? Literal(int at, int end, int parentColumn)
    {
        var strip = at + 1 < end && _text[at + 1] == '-';
        var rest = at + (strip ? 2 : 1);
        if (!_text.AsSpan(rest, end - rest).Trim(' ').IsEmpty || end >= _text.Length)
        {
            return null;
        }

        var location = At(at);
        SkipLine();
        var indent = Indentation(_lineStart);
        if (indent <= parentColumn || _lineStart + indent >= _text.Length || _text[_lineStart + indent] == '\n')
        {
            return null;
        }

        var textLocation = At(_lineStart + indent);
        var value = new StringBuilder();
        var blanks = 0;
        while (_lineStart < _text.Length)
        {
            var spaces = Indentation(_lineStart);
            var lineEnd = _text.IndexOf('\n', _lineStart);
            if (lineEnd < 0)
            {
                // The last line has no line break: left to the parser.
                return null;
            }

            if (_lineStart + spaces == lineEnd)
            {
                if (spaces > indent)
                {
                    return null;
                }

                blanks++;
            }
            else if (spaces >= indent)
            {
                value.Append('\n', blanks).Append(_text, _lineStart + indent, lineEnd - _lineStart - indent).Append('\n');
                blanks = 0;
            }
            else
            {
                break;
            }

            SkipLine();
        }

        // Clipped: one final line break, the blank lines after the text dropped; stripped: none.
        if (strip)
        {
            value.Length--;
        }

        return new YamlScalar(location, value.ToString(), IsPlain: false) { TextLocation = textLocation };
    }

    private int Indentation(int lineStart)
    {
        var spaces = 0;
        while (lineStart + spaces < _text.Length && _text[lineStart + spaces] == ' ')
        {
            spaces++;
        }

        return spaces;
    }

    private YamlScalar? Plain(int at, int end)
    {
        // YAML's indicators, which start something other than a plain scalar or may not start one; '-' (a number or a
        // nested list), '<' (a merge key) and '=' (YAML 1.1's value key) are left to the parser to be safe.
        if ("{}]&*!|>%@`,?:-<=".Contains(_text[at], StringComparison.Ordinal))
        {
            return null;
        }

        var line = _text.AsSpan(at, end - at);
        var comment = line.IndexOf(" #", StringComparison.Ordinal);
        var value = (comment >= 0 ? line[..comment] : line).TrimEnd(' ');
        if (value.Contains(": ", StringComparison.Ordinal) || value.EndsWith(':'))
        {
            return null;
        }

        return new YamlScalar(At(at), value.ToString(), IsPlain: true);
    }

    private YamlScalar? SingleQuoted(int at, int end)
    {
        var text = new StringBuilder();
        var i = at + 1;
        while (true)
        {
            var quote = _text.IndexOf('\'', i, end - i);
            if (quote < 0)
            {
                return null;
            }

            text.Append(_text, i, quote - i);
            if (quote + 1 < end && _text[quote + 1] == '\'')
            {
                text.Append('\'');
                i = quote + 2;
                continue;
            }

            return RestIsComment(quote + 1, end) ? Quoted(at, text.ToString()) : null;
        }
    }

    private YamlScalar? DoubleQuoted(int at, int end)
    {
        var text = new StringBuilder();
        for (var i = at + 1; i < end; i++)
        {
            var c = _text[i];
            if (c == '"')
            {
                return RestIsComment(i + 1, end) ? Quoted(at, text.ToString()) : null;
            }

            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            if (++i >= end)
            {
                return null;
            }

            switch (_text[i])
            {
                case '\\':
                case '"':
                case '/':
                    text.Append(_text[i]);
                    break;
                case 'n':
                    text.Append('\n');
                    break;
                case 't':
                    text.Append('\t');
                    break;
                case 'u' when i + 4 < end && ushort.TryParse(_text.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    && !char.IsSurrogate((char)code):
                    text.Append((char)code);
                    i += 4;
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private YamlScalar Quoted(int at, string value) =>
        new(At(at), value, IsPlain: false) { TextLocation = At(at + 1) };

    /// <summary>A one-line flow list of plain items, <c>[a, b c]</c>.</summary>
    private YamlSequence? FlowList(int at, int end)
    {
        var close = _text.IndexOf(']', at, end - at);
        if (close < 0 || !RestIsComment(close + 1, end))
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<YamlNode>();
        var i = at + 1;
        while (i < close && _text[i] == ' ')
        {
            i++;
        }

        while (i < close)
        {
            // An item runs to the next comma; quoted items, nested brackets, colons and comments are left to the parser.
            var start = i;
            var stop = _text.AsSpan(start, close - start).IndexOfAny(FlowStops);
            var length = stop < 0 ? close - start : stop;
            if (stop >= 0 && _text[start + stop] != ',')
            {
                return null;
            }

            var item = _text.AsSpan(start, length).TrimEnd(' ');
            if (item.IsEmpty || "-?&*!|>%@`<=\"'".Contains(item[0], StringComparison.Ordinal))
            {
                return null;
            }

            items.Add(new YamlScalar(At(start), item.ToString(), IsPlain: true));
            i = start + length;
            if (i < close)
            {
                // Past the comma; a trailing comma is left to the parser.
                i++;
                while (i < close && _text[i] == ' ')
                {
                    i++;
                }

                if (i == close)
                {
                    return null;
                }
            }
        }

        return new YamlSequence(At(at), items.ToImmutable());
    }

    private static readonly SearchValues<char> FlowStops = SearchValues.Create(",[]{}#:");

    /// <summary>Whether only spaces, then perhaps a comment after a space, follow a closed value.</summary>
    private bool RestIsComment(int at, int end)
    {
        var i = at;
        while (i < end && _text[i] == ' ')
        {
            i++;
        }

        return i == end || (_text[i] == '#' && i > at);
    }

    private static bool IsKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';
}
