using StaticChronology.Model;

namespace StaticChronology.Rendering.Data;

/// <summary>Each entry's part of a data file, in the file's order: made anew, or handed back as kept when the preview server has it unchanged.</summary>
internal static class EntryParts
{
    /// <param name="keep">Hands back an entry's part as made before when the entry is unchanged; null makes every part.</param>
    public static byte[][] Make(IReadOnlyList<Entry> entries, Func<Entry, Func<byte[]>, byte[]>? keep, Func<Entry, byte[]> make)
    {
        var parts = new byte[entries.Count][];
        for (var i = 0; i < parts.Length; i++)
        {
            var entry = entries[i];
            parts[i] = keep is null ? make(entry) : keep(entry, () => make(entry));
        }

        return parts;
    }
}
