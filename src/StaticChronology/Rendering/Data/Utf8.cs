using System.Text;

namespace StaticChronology.Rendering.Data;

/// <summary>UTF-8 without a byte order mark, the one encoding the site is written in.</summary>
internal static class Utf8
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(string text) => Encoding.GetBytes(text);

    /// <summary>A file made of a head, kept parts in order and a tail, copied once into an array of the right size.</summary>
    /// <param name="separator">Written between two parts (a comma between JSON items); none by default.</param>
    public static byte[] Join(ReadOnlySpan<byte> head, IReadOnlyList<byte[]> parts, ReadOnlySpan<byte> tail, byte? separator = null)
    {
        var length = head.Length + tail.Length + (separator is null ? 0 : Math.Max(0, parts.Count - 1));
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var result = new byte[length];
        head.CopyTo(result);
        var at = head.Length;
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0 && separator is { } between)
            {
                result[at++] = between;
            }

            parts[i].CopyTo(result, at);
            at += parts[i].Length;
        }

        tail.CopyTo(result.AsSpan(at));
        return result;
    }
}
