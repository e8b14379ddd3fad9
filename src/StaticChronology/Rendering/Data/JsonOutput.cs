using System.Text.Encodings.Web;
using System.Text.Json;

namespace StaticChronology.Rendering.Data;

/// <summary>One JSON writer configuration: LF newlines, non-ASCII text kept readable; indented unless scripts are the only readers.</summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // These files are served as JSON, never inlined into HTML, so only JSON's own escaping is needed.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions CompactOptions = Options with { Indented = false };

    public static byte[] Write(Action<Utf8JsonWriter> write) => Write(write, Options);

    /// <summary>The same without indentation, for files that scripts download rather than people read.</summary>
    public static byte[] WriteCompact(Action<Utf8JsonWriter> write) => Write(write, CompactOptions);

    private static byte[] Write(Action<Utf8JsonWriter> write, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, options))
        {
            write(json);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>
    /// One item of an array two levels down (<c>{"items": [ item ]}</c>), written on its own and indented as it
    /// stands there, so that it can be kept and written again with <see cref="WriteItem"/>: the same bytes as
    /// writing it in place.
    /// </summary>
    public static byte[] Item(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        // JSON escapes line breaks inside strings, so every line feed here is the writer's own.
        var bytes = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        var result = new List<byte>(bytes.Length + 64) { (byte)'\n', (byte)' ', (byte)' ', (byte)' ', (byte)' ' };
        foreach (var b in bytes)
        {
            result.Add(b);
            if (b == (byte)'\n')
            {
                result.AddRange("    "u8);
            }
        }

        return [.. result];
    }

    /// <summary>One value written on its own without indentation, to be written again with <see cref="WriteItem"/> into a compact file.</summary>
    public static byte[] CompactItem(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, CompactOptions))
        {
            write(json);
        }

        return stream.ToArray();
    }

    /// <summary>Writes an item made by <see cref="Item"/>; the writer adds the comma between items itself.</summary>
    public static void WriteItem(this Utf8JsonWriter json, byte[] item) => json.WriteRawValue(item, skipInputValidation: true);

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
