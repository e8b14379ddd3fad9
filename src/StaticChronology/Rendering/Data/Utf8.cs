using System.Text;

namespace StaticChronology.Rendering.Data;

/// <summary>UTF-8 without a byte order mark, the one encoding the site is written in.</summary>
internal static class Utf8
{
    public static readonly UTF8Encoding Encoding = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(string text) => Encoding.GetBytes(text);
}
