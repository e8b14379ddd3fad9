using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Reads the links and ids of generated pages straight from their UTF-8 bytes, keeping one string for each distinct value.</summary>
/// <remarks>
/// The HTML is the generator's own, so attributes are always double-quoted and a scan for
/// <c> href="</c>, <c> src="</c> and <c> id="</c> is exact; no HTML parser is needed on the build path.
/// Across a site most values recur (every page links to the same sections, people and months), so each
/// distinct value is kept once however many pages carry it: scans of 100,000 pages hold references, not
/// copies. One scanner may be used from several threads.
/// </remarks>
public sealed class LinkScanner
{
    private static readonly byte[] Href = " href=\""u8.ToArray();
    private static readonly byte[] Src = " src=\""u8.ToArray();
    private static readonly byte[] Id = " id=\""u8.ToArray();

    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public LinkScanner() => _lookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();

    public LinkScan Scan(OutputFile file)
    {
        if (!file.IsHtml)
        {
            return new LinkScan(file.Path, file.Kind, file.Origin, [], []);
        }

        var links = new List<string>();
        var seen = new HashSet<string>(ReferenceEqualityComparer.Instance);
        foreach (var marker in (ReadOnlySpan<byte[]>)[Href, Src])
        {
            Collect(file.Content, marker, value =>
            {
                if (seen.Add(value))
                {
                    links.Add(value);
                }
            });
        }

        return new LinkScan(file.Path, file.Kind, file.Origin, [.. links], Ids(file.Content));
    }

    /// <summary>The page's <c>id</c> values, sorted ordinally, for <see cref="LinkScan.Contains"/>.</summary>
    public string[] Ids(byte[] html)
    {
        var ids = new List<string>();
        Collect(html, Id, ids.Add);
        var sorted = ids.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    private void Collect(ReadOnlySpan<byte> html, ReadOnlySpan<byte> marker, Action<string> found)
    {
        char[]? rented = null;
        Span<char> buffer = stackalloc char[256];
        try
        {
            int index;
            while ((index = html.IndexOf(marker)) >= 0)
            {
                html = html[(index + marker.Length)..];
                var end = html.IndexOf((byte)'"');
                if (end < 0)
                {
                    return;
                }

                var value = html[..end];
                if (value.Length > buffer.Length)
                {
                    if (rented is not null)
                    {
                        ArrayPool<char>.Shared.Return(rented);
                    }

                    rented = ArrayPool<char>.Shared.Rent(value.Length);
                    buffer = rented;
                }

                found(Keep(buffer[..Encoding.UTF8.GetChars(value, buffer)]));
                html = html[(end + 1)..];
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private string Keep(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var kept))
        {
            return kept;
        }

        var text = value.ToString();
        return _values.GetOrAdd(text, text);
    }
}
