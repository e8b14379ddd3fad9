using System.Globalization;
using System.Text;

namespace StaticChronology.Ingest.Writing;

/// <summary>Writes scalars that our strict YAML reader reads back as exactly the same text.</summary>
/// <remarks>
/// Plain scalars are used only where nothing in the text could change its meaning (no indicator at
/// the start, no <c>: </c> or <c> #</c> inside, no leading or trailing space); everything else is
/// double-quoted, where only backslash, double quote and control characters need escaping.
/// </remarks>
public static class YamlText
{
    public static string Scalar(string text) => IsPlainSafe(text) ? text : Quoted(text);

    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0xA0))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool IsPlainSafe(string text)
    {
        if (text.Length == 0 || text.Length > 200 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`~".Contains(text[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Contains(": ", StringComparison.Ordinal) || text.Contains(" #", StringComparison.Ordinal) || text.EndsWith(':'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < 0x20 || c == '\u00A0' || c == 0x7F || (c >= 0x80 && c < 0xA0))
            {
                return false;
            }
        }

        // Words YAML 1.1 would read as booleans or null: our reader keeps them as text, but other tools would not.
        return text is not ("true" or "false" or "yes" or "no" or "on" or "off" or "null" or "~" or "True" or "False" or "Yes" or "No" or "NO" or "YES" or "Null" or "NULL");
    }
}
