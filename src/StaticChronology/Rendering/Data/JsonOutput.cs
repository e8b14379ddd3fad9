using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticChronology.Rendering.Data;

/// <summary>One JSON writer configuration: indented, LF newlines, non-ASCII text kept readable.</summary>
internal static class JsonOutput
{
    public static byte[] Write(Action<Utf8JsonWriter> write) => Write(write, indented: true);

    /// <summary>The same without indentation, for files that scripts download rather than people read.</summary>
    public static byte[] WriteCompact(Action<Utf8JsonWriter> write) => Write(write, indented: false);

    private static byte[] Write(Action<Utf8JsonWriter> write, bool indented)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            NewLine = "\n",
            // These files are served as JSON, never inlined into HTML, so only JSON's own escaping is needed.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static void StringOrNull(this Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
