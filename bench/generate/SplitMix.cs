namespace StaticChronology.Generate;

/// <summary>A tiny seeded generator whose sequence is fixed by this code, not by the runtime's <c>Random</c>.</summary>
public sealed class SplitMix(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [0, max).</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];
}
