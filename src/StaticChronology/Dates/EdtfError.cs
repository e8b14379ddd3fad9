namespace StaticChronology.Dates;

/// <summary>Why a date text was rejected: the 0-based column of the first offending character and a one-sentence message.</summary>
public sealed record EdtfError(int Column, string Message)
{
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"column {Column}: {Message}");
}
