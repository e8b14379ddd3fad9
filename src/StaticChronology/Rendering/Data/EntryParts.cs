using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>
/// Each entry's part of a data file, in the file's order: the parts made for the same entries last time, with those of
/// the entries that changed made anew (the preview server), or every part made with <paramref name="make"/>.
/// </summary>
public delegate byte[][] PartsKeeper(IReadOnlyList<Entry> entries, Func<Entry, byte[]> make);

/// <summary>Each entry's part of a data file, in the file's order: made anew, or handed back as kept when the preview server has it unchanged.</summary>
internal static class EntryParts
{
    /// <param name="keep">Hands back the parts of unchanged entries as made before; null makes every part.</param>
    public static byte[][] Make(IReadOnlyList<Entry> entries, PartsKeeper? keep, Func<Entry, byte[]> make)
    {
        if (keep is not null)
        {
            return keep(entries, make);
        }

        var parts = new byte[entries.Count][];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = make(entries[i]);
        }

        return parts;
    }

    /// <summary>
    /// The file: its parts joined into one array, or, for the preview server (which keeps each part and passes
    /// <paramref name="kept"/>), held as its parts.
    /// </summary>
    public static OutputFile File(string path, string kind, ReadOnlyMemory<byte> head, byte[][] parts, ReadOnlyMemory<byte> tail, bool kept, byte? separator = null) =>
        kept
            ? new OutputFile(path, new FileParts(head, parts, tail, separator), kind)
            : new OutputFile(path, Utf8.Join(head.Span, parts, tail.Span, separator), kind, null);
}
