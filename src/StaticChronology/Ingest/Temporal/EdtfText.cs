using System.Globalization;

namespace StaticChronology.Ingest.Temporal;

/// <summary>Writes resolved dates as EDTF text in the one spelling <see cref="Dates.EdtfParser"/> accepts.</summary>
internal static class EdtfText
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly date, TimeOnly? time) =>
        time is { } t ? Day(date) + "T" + t.ToString("HH:mm", CultureInfo.InvariantCulture) : Day(date);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}");

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>"199X": a decade as an unspecified last digit.</summary>
    public static string Decade(int firstYear) => (firstYear / 10).ToString("000", CultureInfo.InvariantCulture) + "X";

    public static string Range(DateOnly first, DateOnly last) => first == last ? Day(first) : Day(first) + "/" + Day(last);

    /// <summary>The first point of a value: the value itself, or the start of an interval.</summary>
    public static string StartOf(string edtf) => edtf.Split('/')[0];

    /// <summary>The last point of a value: the value itself, or the end of an interval.</summary>
    public static string EndOf(string edtf) => edtf.Split('/')[^1];

    /// <summary>The EDTF approximate mark, on each point of an interval.</summary>
    public static string Approximate(string edtf) =>
        string.Join('/', edtf.Split('/').Select(p => p.Length == 0 || p == ".." || p.EndsWith('~') ? p : p + "~"));
}
