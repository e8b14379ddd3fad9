using System.Xml;

namespace StaticChronology.Rendering.Data;

/// <summary>One XML writer configuration: UTF-8 without BOM, LF newlines, two-space indent.</summary>
internal static class XmlSettings
{
    public static XmlWriterSettings Create() => new()
    {
        Encoding = Utf8.Encoding,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
    };
}
