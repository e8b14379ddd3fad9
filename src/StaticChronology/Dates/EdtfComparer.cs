namespace StaticChronology.Dates;

/// <summary>Total, deterministic order for EDTF values: earliest day, then latest day, then ordinal text.</summary>
public sealed class EdtfComparer : IComparer<EdtfValue>
{
    public static EdtfComparer Instance { get; } = new();

    /// <summary>Nulls sort first; otherwise open starts come before everything and open ends after.</summary>
    public int Compare(EdtfValue? x, EdtfValue? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byEarliest = x.Earliest.CompareTo(y.Earliest);
        if (byEarliest != 0)
        {
            return byEarliest;
        }

        var byLatest = x.Latest.CompareTo(y.Latest);
        return byLatest != 0 ? byLatest : string.CompareOrdinal(x.Text, y.Text);
    }
}
