using System.Buffers;
using System.Text.Json;

namespace StaticChronology.Rendering.Data;

/// <summary>
/// A JSON writer and its buffer kept by each thread, for output written in many small pieces (an item per entry,
/// the structured data of each page) where a writer per piece would cost more than the piece.
/// </summary>
internal sealed class ReusedJsonWriter(JsonWriterOptions options) : IDisposable
{
    private readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)> _perThread = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        return (buffer, new Utf8JsonWriter(buffer, options));
    });

    /// <summary>The bytes <paramref name="write"/> wrote, valid until the thread's next write.</summary>
    public ReadOnlySpan<byte> Write(Action<Utf8JsonWriter> write)
    {
        var (buffer, json) = _perThread.Value;
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        write(json);
        json.Flush();
        return buffer.WrittenSpan;
    }

    public void Dispose() => _perThread.Dispose();
}
