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

    // A data file has one item per entry: they are written through a writer each thread keeps.
    private static readonly ReusedJsonWriter IndentedItems = new(Options);
    private static readonly ReusedJsonWriter CompactItems = new(CompactOptions);

    private const byte Mark = 0x01;

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
    /// stands there, so that it can be kept and spliced in with <see cref="Splice"/>: the same bytes as
    /// writing it in place.
    /// </summary>
    public static byte[] Item(Action<Utf8JsonWriter> write)
    {
        // JSON escapes line breaks inside strings, so every line feed here is the writer's own.
        const int Indent = 4;
        var written = IndentedItems.Write(write);
        var result = new byte[1 + Indent + written.Length + (Indent * written.Count((byte)'\n'))];
        var at = 0;
        foreach (var range in written.Split((byte)'\n'))
        {
            result[at++] = (byte)'\n';
            result.AsSpan(at, Indent).Fill((byte)' ');
            at += Indent;
            written[range].CopyTo(result.AsSpan(at));
            at += written[range].Length;
        }

        return result;
    }

    /// <summary>One value written on its own without indentation, to be spliced with <see cref="Splice"/> into a compact file.</summary>
    public static byte[] CompactItem(Action<Utf8JsonWriter> write) => CompactItems.Write(write).ToArray();

    /// <summary>
    /// Marks where <see cref="Splice"/> puts the items of an array made by <see cref="Item"/> or <see cref="CompactItem"/>:
    /// a byte that JSON text never holds unescaped. Written only when there are items; an empty array stays <c>[]</c>.
    /// </summary>
    public static void WriteItemsMark(this Utf8JsonWriter json) => json.WriteRawValue([Mark], skipInputValidation: true);

    /// <summary>
    /// The file with the items, separated by commas, in place of the mark: the bytes the writer makes when it
    /// writes each item as a raw value itself, with no buffer growing to the file's size.
    /// </summary>
    /// <param name="kept">The items are kept by the preview server: the file is held as its parts (<see cref="EntryParts.File"/>).</param>
    public static OutputFile Splice(string path, string kind, byte[] frame, byte[][] items, bool kept)
    {
        var at = frame.AsSpan().IndexOf(Mark);
        return at < 0
            ? new OutputFile(path, frame, kind, null)
            : EntryParts.File(path, kind, frame.AsMemory(0, at), items, frame.AsMemory(at + 1), kept, (byte)',');
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
