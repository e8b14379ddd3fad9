using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace StaticChronology.Dates;

/// <summary>Parses the supported subset of EDTF (ISO 8601-2) level 0 and level 1; see docs/edtf.md.</summary>
public static class EdtfParser
{
    /// <summary>Longer texts are rejected outright; no supported value comes close to this length.</summary>
    public const int MaxLength = 64;

    /// <summary>Never throws: any input, null included, gives either a value or an error.</summary>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out EdtfValue? value,
        [NotNullWhen(false)] out EdtfError? error)
    {
        value = null;
        error = EdtfShapeChecks.Check(text);
        if (error is not null || text is null)
        {
            error ??= EdtfMessages.Date(0, "the date is empty");
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return TryParseInterval(text, slash, out value, out error);
        }

        if (text == "..")
        {
            error = EdtfMessages.Interval(0, "'..' marks an open end and only appears in an interval");
            return false;
        }

        if (!EdtfPointReader.TryRead(text, 0, text.Length, inInterval: false, out var point, out error))
        {
            return false;
        }

        value = EdtfValue.ForPoint(point);
        return true;
    }

    /// <summary>Like <see cref="TryParse"/> but throws <see cref="FormatException"/> carrying the error message.</summary>
    public static EdtfValue Parse(string? text) =>
        TryParse(text, out var value, out var error)
            ? value
            : throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"'{text}' is not a supported date (column {error.Column}): {error.Message}"));

    private static bool TryParseInterval(
        string text,
        int slash,
        [NotNullWhen(true)] out EdtfValue? value,
        [NotNullWhen(false)] out EdtfError? error)
    {
        value = null;
        var second = text.IndexOf('/', slash + 1);
        if (second >= 0)
        {
            error = EdtfMessages.Interval(second, "an interval has only one /");
            return false;
        }

        if (!TryReadEnd(text, 0, slash, out var startKind, out var start, out error)
            || !TryReadEnd(text, slash + 1, text.Length, out var endKind, out var end, out error))
        {
            return false;
        }

        if (start is null && end is null)
        {
            error = EdtfMessages.Interval(slash, "an interval needs a date at one end at least");
            return false;
        }

        if (start is not null && end is not null && end.Latest < start.Earliest)
        {
            error = EdtfMessages.Interval(slash, $"the interval ends before it starts, as {end.Text} is before {start.Text}");
            return false;
        }

        value = EdtfValue.ForInterval(text, start, startKind, end, endKind);
        return true;
    }

    private static bool TryReadEnd(
        string text,
        int from,
        int to,
        out EdtfBoundKind kind,
        out EdtfPoint? point,
        [NotNullWhen(false)] out EdtfError? error)
    {
        kind = EdtfBoundKind.Known;
        point = null;
        error = null;
        if (from == to)
        {
            kind = EdtfBoundKind.Unknown;
            return true;
        }

        if (text.AsSpan(from, to - from).StartsWith("..", StringComparison.Ordinal))
        {
            kind = EdtfBoundKind.Open;
            if (to - from == 2)
            {
                return true;
            }

            error = EdtfMessages.Interval(from + 2, "an open end (..) stands alone, without a date or a mark");
            return false;
        }

        return EdtfPointReader.TryRead(text, from, to, inInterval: true, out point, out error);
    }
}
