namespace StaticChronology.Rendering.Data;

/// <summary>
/// A data file as its head, each entry's part in order and its tail, with a byte between two parts when the format
/// wants one: what <see cref="Utf8.Join"/> copies into one array. The preview server keeps a data file this way and
/// sends the pieces one after another, so an edit to one entry does not copy the tens of megabytes around it.
/// </summary>
public sealed class FileParts
{
    private readonly ReadOnlyMemory<byte> _head;
    private readonly byte[][] _parts;
    private readonly ReadOnlyMemory<byte> _tail;
    private readonly ReadOnlyMemory<byte> _separator;

    internal FileParts(ReadOnlyMemory<byte> head, byte[][] parts, ReadOnlyMemory<byte> tail, byte? separator)
    {
        _head = head;
        _parts = parts;
        _tail = tail;
        _separator = separator is { } between ? new[] { between } : ReadOnlyMemory<byte>.Empty;
        long length = head.Length + tail.Length + (_separator.Length * Math.Max(0, parts.Length - 1));
        foreach (var part in parts)
        {
            length += part.Length;
        }

        Length = length;
    }

    /// <summary>The file's size in bytes.</summary>
    public long Length { get; }

    /// <summary>The file's bytes in order: the head, the parts with their separators, the tail.</summary>
    public IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        yield return _head;
        for (var i = 0; i < _parts.Length; i++)
        {
            if (i > 0 && !_separator.IsEmpty)
            {
                yield return _separator;
            }

            yield return _parts[i];
        }

        yield return _tail;
    }

    /// <summary>The file in one array.</summary>
    public byte[] Join() => Utf8.Join(_head.Span, _parts, _tail.Span, _separator.IsEmpty ? null : _separator.Span[0]);
}
