using System.Text;

namespace StaticChronology.Rendering.Data;

/// <summary>UTF-8 without a byte order mark, the one encoding the site is written in.</summary>
internal static class Utf8
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(string text) => Encoding.GetBytes(text);

    /// <summary>A file made of a head, kept parts in order and a tail, copied once into an array of the right size.</summary>
    public static byte[] Join(ReadOnlySpan<byte> head, IReadOnlyList<byte[]> parts, ReadOnlySpan<byte> tail)
    {
        var length = head.Length + tail.Length;
        foreach (var part in parts)
        {
            length += part.Length;
        }

        var result = new byte[length];
        head.CopyTo(result);
        var at = head.Length;
        foreach (var part in parts)
        {
            part.CopyTo(result, at);
            at += part.Length;
        }

        tail.CopyTo(result.AsSpan(at));
        return result;
    }
}
