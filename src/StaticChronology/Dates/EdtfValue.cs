namespace StaticChronology.Dates;

/// <summary>A parsed EDTF value: a single point, or an interval whose ends are known, open or unknown.</summary>
/// <remarks>
/// For a single point, <see cref="Start"/> and <see cref="End"/> are the same instance and both kinds are Known,
/// so "Start is null" always means the start kind is Open or Unknown, and likewise for End.
/// </remarks>
public sealed record EdtfValue
{
    // Whichever known point describes the value when one end is missing; the parser guarantees one exists.
    private readonly EdtfPoint _anchor;

    private EdtfValue(string text, EdtfPoint? start, EdtfBoundKind startKind, EdtfPoint? end, EdtfBoundKind endKind, bool isInterval)
    {
        Text = text;
        Start = start;
        StartKind = startKind;
        End = end;
        EndKind = endKind;
        IsInterval = isInterval;
        _anchor = start ?? end ?? throw new ArgumentException("An EDTF value needs at least one known point.", nameof(start));
    }

    /// <summary>The value exactly as written; every accepted value has only one spelling, so this is canonical.</summary>
    public string Text { get; }

    public EdtfPoint? Start { get; }

    public EdtfBoundKind StartKind { get; }

    public EdtfPoint? End { get; }

    public EdtfBoundKind EndKind { get; }

    public bool IsInterval { get; }

    /// <summary>First day covered; <see cref="DateOnly.MinValue"/> when the start is open or unknown.</summary>
    public DateOnly Earliest => Start?.Earliest ?? DateOnly.MinValue;

    /// <summary>Last day covered; <see cref="DateOnly.MaxValue"/> when the end is open or unknown.</summary>
    public DateOnly Latest => End?.Latest ?? DateOnly.MaxValue;

    /// <summary>Precision of the start, or of the end when the start is open or unknown.</summary>
    public DatePrecision Precision => _anchor.Precision;

    public bool IsApproximate => Start?.IsApproximate == true || End?.IsApproximate == true;

    public bool IsUncertain => Start?.IsUncertain == true || End?.IsUncertain == true;

    /// <summary>The year an entry is filed under: the start's earliest year, or the end's when the start is open or unknown.</summary>
    public int StartYear => _anchor.Earliest.Year;

    /// <summary>The text as written, so values print the way contributors wrote them.</summary>
    public override string ToString() => Text;

    internal static EdtfValue ForPoint(EdtfPoint point) =>
        new(point.Text, point, EdtfBoundKind.Known, point, EdtfBoundKind.Known, isInterval: false);

    internal static EdtfValue ForInterval(string text, EdtfPoint? start, EdtfBoundKind startKind, EdtfPoint? end, EdtfBoundKind endKind) =>
        new(text, start, startKind, end, endKind, isInterval: true);
}
