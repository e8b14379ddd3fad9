using System.Text;

namespace StaticChronology.Rendering.Data;

/// <summary>Writes iCalendar content lines: CRLF endings and lines folded at 75 octets, as RFC 5545 (3.1) requires.</summary>
/// <remarks>The site's other files end lines in LF; iCalendar is the one format whose grammar demands CRLF.</remarks>
internal sealed class IcsWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    /// <summary>Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Writes <c>NAME:value</c>; the value must already be escaped where its type needs it.</summary>
    public void Line(string name, string value)
    {
        var line = name + ":" + value;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            // A surrogate pair is one character of four octets and is never split across lines.
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = char.IsAscii(line[i]) ? 1 : Utf8.Encoding.GetByteCount(line.AsSpan(i, width));
            if (octets + size > MaxOctets)
            {
                // The continuation line starts with a space, which counts towards its 75 octets.
                _text.Append("\r\n ");
                octets = 1;
            }

            _text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        _text.Append("\r\n");
    }

    public byte[] ToBytes() => Utf8.Encoding.GetBytes(_text.ToString());
}
