namespace StaticChronology.Pipeline;

/// <summary>A 64-bit FNV-1a fingerprint, stable within a process, for deciding whether a page's inputs changed.</summary>
internal struct Signature
{
    private const ulong Prime = 1099511628211UL;

    public Signature()
    {
        Value = 14695981039346656037UL;
    }

    public ulong Value { get; private set; }

    public void Add(ulong value)
    {
        for (var i = 0; i < 8; i++)
        {
            Value = (Value ^ ((value >> (i * 8)) & 0xFF)) * Prime;
        }
    }

    public void Add(string? text)
    {
        if (text is null)
        {
            Add(0xFFFF_FFFF_FFFF_FFFFUL);
            return;
        }

        foreach (var c in text)
        {
            Value = (Value ^ c) * Prime;
            Value = (Value ^ (uint)(c >> 8)) * Prime;
        }

        Add((ulong)text.Length);
    }

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(bytes, hash);
        return BitConverter.ToUInt64(hash);
    }
}
