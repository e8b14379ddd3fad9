using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>What the preview server keeps of one data file from one rebuild to the next: each entry's part, and the frame around them.</summary>
public sealed class PartsKeeper(IRenderCache cache, string file)
{
    /// <summary>Each entry's part, in the file's order: made last time for the same entry, or made now.</summary>
    public byte[][] Parts(IReadOnlyList<Entry> entries, Func<Entry, byte[]> make) => cache.Parts(file, entries, make);

    /// <summary>
    /// The file around the entries' parts, as made last time when <paramref name="inputs"/> are the same: besides them
    /// it depends only on the site's settings, registries and sources, a change to which renders the whole site again.
    /// </summary>
    public byte[] Frame(long[] inputs, Func<byte[]> make) => cache.Remember("frame " + file, inputs, make);
}

/// <summary>Each entry's part of a data file, in the file's order: made anew, or handed back as kept when the preview server has it unchanged.</summary>
internal static class EntryParts
{
    /// <param name="keep">Hands back the parts of unchanged entries as made before; null makes every part.</param>
    public static byte[][] Make(IReadOnlyList<Entry> entries, PartsKeeper? keep, Func<Entry, byte[]> make)
    {
        if (keep is not null)
        {
            return keep.Parts(entries, make);
        }

        var parts = new byte[entries.Count][];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = make(entries[i]);
        }

        return parts;
    }

    /// <summary>The frame around the parts: made now, or kept by the preview server while its inputs are the same.</summary>
    public static byte[] Frame(PartsKeeper? keep, long[] inputs, Func<byte[]> make) => keep is null ? make() : keep.Frame(inputs, make);

    /// <summary>
    /// The file: its parts joined into one array, or, for the preview server (which keeps each part and passes
    /// <paramref name="kept"/>), held as its parts.
    /// </summary>
    public static OutputFile File(string path, string kind, ReadOnlyMemory<byte> head, byte[][] parts, ReadOnlyMemory<byte> tail, bool kept, byte? separator = null) =>
        kept
            ? new OutputFile(path, new FileParts(head, parts, tail, separator), kind)
            : new OutputFile(path, Utf8.Join(head.Span, parts, tail.Span, separator), kind, null);
}
