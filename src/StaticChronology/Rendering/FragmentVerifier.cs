using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace StaticChronology.Rendering;

/// <summary>Recognises the HTML the Markdown pipeline writes, so that an ordinary fragment need not be parsed again by the sanitizer.</summary>
/// <remarks>
/// <para>
/// A scanner of its own that shares no code with Markdig or AngleSharp. It accepts a fragment only when
/// it understands every character of it: each tag is a lower-case element of
/// <see cref="FragmentSanitizer.AllowedTags"/>, properly nested where an HTML parser keeps it as written;
/// each attribute is one of <see cref="FragmentSanitizer.AllowedAttributes"/> on the element Markdig
/// writes it on, once, with a double-quoted value; each <c>href</c> has no scheme or one of
/// <see cref="FragmentSanitizer.AllowedSchemes"/>; the only entities are the four Markdig writes
/// (<c>&amp;amp;</c>, <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;quot;</c>). Anything else (a comment,
/// <c>&lt;!</c>, <c>&lt;?</c>, an upper-case or unknown tag, an unquoted or unknown attribute, another
/// entity, a control character, a block inside a paragraph) is not accepted, and the fragment goes through
/// <see cref="FragmentSanitizer"/> as every fragment did before.
/// </para>
/// <para>
/// The allow-list stays the second, independent line of defence behind the Markdig pipeline's own
/// checks: a fragment reaches a page either through this scanner, which accepts only what the allow-list
/// keeps (its elements, attributes and schemes are filtered by the sanitizer's sets, so narrowing those
/// narrows this too), or through the sanitizer itself.
/// </para>
/// <para>
/// What it returns is what the sanitizer would have written for the same fragment, so a page is the same
/// whichever way its text went: <c>&amp;quot;</c> in text becomes <c>"</c>, a no-break space becomes
/// <c>&amp;nbsp;</c>, and <c>&lt;br /&gt;</c> and <c>&lt;hr /&gt;</c> lose their slash.
/// </para>
/// </remarks>
public static class FragmentVerifier
{
    /// <summary>Deeper nesting is left to the sanitizer; Markdown refused as too complex never gets here.</summary>
    private const int MaxDepth = 64;

    private const byte Root = 0;

    private static readonly Element[] Elements = Known();

    private static readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> ByName =
        Elements.Select((e, i) => (e.Name, Index: (byte)i)).Where(e => e.Index != Root)
            .ToFrozenDictionary(e => e.Name, e => e.Index, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Schemes = [.. FragmentSanitizer.AllowedSchemes];

    /// <summary>Text characters that the HTML parser and the sanitizer's serializer both leave as they are.</summary>
    private static readonly SearchValues<char> Plain =
        SearchValues.Create("\t\n !\"#$%'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>What may appear directly inside an element.</summary>
    private enum Content : byte
    {
        /// <summary>Blocks, inline elements and text: the fragment itself, a block quote, a list item.</summary>
        Flow,

        /// <summary>Inline elements and text.</summary>
        Phrasing,

        /// <summary>List items, with line breaks between them.</summary>
        ListItems,

        /// <summary>Nothing: a void element.</summary>
        Empty,
    }

    /// <summary>The fragment as <see cref="FragmentSanitizer"/> would write it, or null when the scanner does not recognise all of it.</summary>
    public static string? Accept(string html)
    {
        Span<byte> open = stackalloc byte[MaxDepth];
        var depth = 0;
        open[0] = Root;
        var inLink = false;
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var start = i;
                if (!Tag(html, ref i, open, ref depth, ref inLink, out var rewrite))
                {
                    return null;
                }

                if (rewrite is not null)
                {
                    output ??= new StringBuilder(html.Length + 16);
                    output.Append(html, copied, start - copied).Append(rewrite);
                    copied = i;
                }

                continue;
            }

            if (Elements[open[depth]].Content == Content.ListItems)
            {
                if (c != '\n')
                {
                    return null;
                }

                i++;
                continue;
            }

            // Runs of printable ASCII are the bulk of any fragment, so they are skipped in one step.
            var run = html.AsSpan(i).IndexOfAnyExcept(Plain);
            if (run != 0)
            {
                i = run < 0 ? html.Length : i + run;
                continue;
            }

            if (c == '&')
            {
                var length = EntityLength(html, i);
                if (length == 0)
                {
                    return null;
                }

                if (html[i + 1] == 'q')
                {
                    // The sanitizer writes a quotation mark in text as it is.
                    output ??= new StringBuilder(html.Length + 16);
                    output.Append(html, copied, i - copied).Append('"');
                    copied = i + length;
                }

                i += length;
                continue;
            }

            if (c == '\u00A0')
            {
                output ??= new StringBuilder(html.Length + 16);
                output.Append(html, copied, i - copied).Append("&nbsp;");
                copied = i + 1;
                i++;
                continue;
            }

            if (c == '>' || !IsPlainCharacter(html, i, out var width))
            {
                return null;
            }

            i += width;
        }

        if (depth != 0)
        {
            return null;
        }

        return output is null ? html : output.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>One start or end tag at <paramref name="i"/>, moved past; false when it is not one the scanner knows in this place.</summary>
    private static bool Tag(string html, ref int i, Span<byte> open, ref int depth, ref bool inLink, out string? rewrite)
    {
        rewrite = null;
        var closing = i + 1 < html.Length && html[i + 1] == '/';
        var nameStart = i + (closing ? 2 : 1);
        var nameEnd = nameStart;
        while (nameEnd < html.Length && (char.IsAsciiLetterLower(html[nameEnd]) || char.IsAsciiDigit(html[nameEnd])))
        {
            nameEnd++;
        }

        if (nameEnd == nameStart || !ByName.TryGetValue(html.AsSpan(nameStart, nameEnd - nameStart), out var index))
        {
            return false;
        }

        var element = Elements[index];
        if (closing)
        {
            // An end tag closes the element opened last, and nothing else: the parser would mend anything else differently.
            if (nameEnd >= html.Length || html[nameEnd] != '>' || depth == 0 || open[depth] != index)
            {
                return false;
            }

            depth--;
            inLink &= element.Name != "a";
            i = nameEnd + 1;
            return true;
        }

        if (!Fits(element, Elements[open[depth]]) || (inLink && element.Name == "a"))
        {
            return false;
        }

        var seen = 0;
        var at = nameEnd;
        while (at + 1 < html.Length && html[at] == ' ' && char.IsAsciiLetterLower(html[at + 1]))
        {
            if (!Attribute(html, ref at, element, ref seen))
            {
                return false;
            }
        }

        if (at + 2 < html.Length && html[at] == ' ' && html[at + 1] == '/' && html[at + 2] == '>' && element.Content == Content.Empty)
        {
            rewrite = "<" + element.Name + ">";
            at += 2;
        }
        else if (at >= html.Length || html[at] != '>')
        {
            return false;
        }

        i = at + 1;

        // The HTML parser drops a line break that directly follows <pre>, and the serializer puts one back
        // only in some cases; Markdig writes <code> there, so a line break is left to the sanitizer.
        if (element.Name == "pre" && i < html.Length && html[i] == '\n')
        {
            return false;
        }

        if (element.Content != Content.Empty)
        {
            if (depth + 1 == MaxDepth)
            {
                return false;
            }

            open[++depth] = index;
            inLink |= element.Name == "a";
        }

        return true;
    }

    /// <summary>Whether an element may stand directly inside its parent without the HTML parser moving or closing anything.</summary>
    private static bool Fits(Element element, Element parent) => parent.Content switch
    {
        Content.Flow => !element.IsListItem,
        Content.Phrasing => !element.IsBlock && !element.IsListItem,
        Content.ListItems => element.IsListItem,
        _ => false,
    };

    /// <summary>One <c> name="value"</c> at <paramref name="at"/>, moved past; false when the name, its value or a repeat is unknown to the scanner.</summary>
    private static bool Attribute(string html, ref int at, Element element, ref int seen)
    {
        var nameStart = at + 1;
        var nameEnd = nameStart;
        while (nameEnd < html.Length && char.IsAsciiLetterLower(html[nameEnd]))
        {
            nameEnd++;
        }

        var which = -1;
        var name = html.AsSpan(nameStart, nameEnd - nameStart);
        for (var k = 0; k < element.Attributes.Length; k++)
        {
            if (name.SequenceEqual(element.Attributes[k]))
            {
                which = k;
            }
        }

        if (which < 0 || (seen & (1 << which)) != 0 || nameEnd + 1 >= html.Length || html[nameEnd] != '=' || html[nameEnd + 1] != '"')
        {
            return false;
        }

        seen |= 1 << which;
        var valueStart = nameEnd + 2;
        var valueEnd = html.IndexOf('"', valueStart);
        if (valueEnd < 0)
        {
            return false;
        }

        var value = html.AsSpan(valueStart, valueEnd - valueStart);
        var known = element.Attributes[which] switch
        {
            "href" => IsLink(value),
            "start" => IsNumber(value),
            _ => IsText(value),
        };
        at = valueEnd + 1;
        return known;
    }

    /// <summary>A link destination as Markdig writes it (percent-encoded, <c>&amp;amp;</c> its only entity) with no scheme or an allowed one.</summary>
    private static bool IsLink(ReadOnlySpan<char> value)
    {
        // Where the sanitizer looks for a scheme: before the first '/' or '#'. A ':' there must end an allowed
        // scheme; an '&' there might start "&#58;", which the sanitizer reads as a colon, so it is left to it.
        var schemeEnd = -1;
        for (var k = 0; k < value.Length; k++)
        {
            var c = value[k];
            if (c == '/' || c == '#')
            {
                break;
            }

            if (c == '&')
            {
                return false;
            }

            if (c == ':')
            {
                schemeEnd = k;
                break;
            }
        }

        if (schemeEnd >= 0 && !IsAllowedScheme(value[..schemeEnd]))
        {
            return false;
        }

        for (var k = 0; k < value.Length; k++)
        {
            var c = value[k];
            if (c == '&')
            {
                // "&{" in a value makes the sanitizer drop the attribute.
                if (!value[k..].StartsWith("&amp;", StringComparison.Ordinal) || value[(k + 5)..].StartsWith("{", StringComparison.Ordinal))
                {
                    return false;
                }

                k += 4;
            }
            else if (c is <= ' ' or >= '\u007F' or '<' or '>')
            {
                // White space and control characters are what browsers drop from a scheme; Markdig percent-encodes
                // them and everything beyond ASCII, and the sanitizer would write angle brackets as entities.
                return false;
            }
        }

        return true;
    }

    private static bool IsAllowedScheme(ReadOnlySpan<char> scheme)
    {
        foreach (var allowed in Schemes)
        {
            if (scheme.Equals(allowed, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || value.Length > 9)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A title as Markdig writes it: text with the four entities, written by the sanitizer exactly so.</summary>
    private static bool IsText(ReadOnlySpan<char> text)
    {
        for (var k = 0; k < text.Length;)
        {
            var c = text[k];
            if (c == '&')
            {
                var length = EntityLength(text, k);
                if (length == 0 || (text[k + 1] == 'a' && k + length < text.Length && text[k + length] == '{'))
                {
                    return false;
                }

                k += length;
            }
            else if (c is '<' or '>' or '\u00A0' || !IsPlainCharacter(text, k, out var width))
            {
                // A no-break space would come back as "&nbsp;"; titles with one are rare enough to leave to the sanitizer.
                return false;
            }
            else
            {
                k += width;
            }
        }

        return true;
    }

    /// <summary>The length of the entity at <paramref name="i"/> if it is one of the four Markdig writes, else 0.</summary>
    private static int EntityLength(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..];
        return rest.StartsWith("&amp;", StringComparison.Ordinal) ? 5
            : rest.StartsWith("&lt;", StringComparison.Ordinal) || rest.StartsWith("&gt;", StringComparison.Ordinal) ? 4
            : rest.StartsWith("&quot;", StringComparison.Ordinal) ? 6
            : 0;
    }

    /// <summary>
    /// A character the HTML parser and the sanitizer's serializer both leave as it is, with its width in UTF-16 units:
    /// not a control character other than tab and line feed, not a lone surrogate, not a non-character.
    /// </summary>
    private static bool IsPlainCharacter(ReadOnlySpan<char> text, int i, out int width)
    {
        var c = text[i];
        width = 1;
        if (c < ' ')
        {
            return c is '\n' or '\t';
        }

        if (c < '\u007F')
        {
            return c != '<' && c != '&';
        }

        if (c <= '\u009F' || c is >= '\uFDD0' and <= '\uFDEF' || c is '\uFFFE' or '\uFFFF')
        {
            return false;
        }

        if (char.IsHighSurrogate(c))
        {
            width = 2;
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) && ((text[i + 1] & 0x3FE) != 0x3FE);
        }

        return !char.IsLowSurrogate(c);
    }

    /// <summary>What Markdig writes for CommonMark without extensions, restricted to the sanitizer's allow-list.</summary>
    private static Element[] Known()
    {
        Element[] all =
        [
            new(string.Empty, Content.Flow, IsBlock: true),
            new("p", Content.Phrasing, IsBlock: true),
            new("h1", Content.Phrasing, IsBlock: true),
            new("h2", Content.Phrasing, IsBlock: true),
            new("h3", Content.Phrasing, IsBlock: true),
            new("h4", Content.Phrasing, IsBlock: true),
            new("h5", Content.Phrasing, IsBlock: true),
            new("h6", Content.Phrasing, IsBlock: true),
            new("pre", Content.Phrasing, IsBlock: true),
            new("blockquote", Content.Flow, IsBlock: true),
            new("ul", Content.ListItems, IsBlock: true),
            new("ol", Content.ListItems, IsBlock: true, Attributes: ["start"]),
            new("li", Content.Flow, IsBlock: true, IsListItem: true),
            new("hr", Content.Empty, IsBlock: true),
            new("em", Content.Phrasing),
            new("strong", Content.Phrasing),
            new("code", Content.Phrasing),
            new("a", Content.Phrasing, Attributes: ["href", "title"]),
            new("br", Content.Empty),
        ];

        // Only what the allow-list keeps: removing an element or an attribute there removes it here too.
        var kept = new List<Element>();
        foreach (var element in all)
        {
            if (element.Name.Length == 0 || FragmentSanitizer.AllowedTags.Contains(element.Name))
            {
                kept.Add(element with { Attributes = [.. element.Attributes.Where(FragmentSanitizer.AllowedAttributes.Contains)] });
            }
        }

        return [.. kept];
    }

    /// <summary>The names of the elements and attributes the scanner accepts, for the test that holds them to the allow-list.</summary>
    internal static IEnumerable<(string Element, string[] Attributes)> Accepted()
    {
        foreach (var element in Elements)
        {
            if (element.Name.Length > 0)
            {
                yield return (element.Name, element.Attributes);
            }
        }
    }

    private sealed record Element(string Name, Content Content, bool IsBlock = false, bool IsListItem = false, string[]? Attributes = null)
    {
        public string[] Attributes { get; init; } = Attributes ?? [];
    }
}
