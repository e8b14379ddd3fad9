using System.Globalization;
using System.Text;

namespace StaticChronology.Dates;

/// <summary>Reader-facing text, HTML and machine bounds for EDTF values; identical output under every culture.</summary>
public static class EdtfDisplay
{
    /// <summary>
    /// British-style reader text: <c>21 January 2022</c>, <c>c. January 2022</c>, <c>2022 (uncertain)</c>, <c>2010s</c>,
    /// <c>21st century</c>, <c>21 January 2022, 19:12 UTC</c>, <c>10–20 February 2022</c>, <c>from 10 February 2022</c>.
    /// </summary>
    public static string Format(EdtfValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Concat(EdtfDisplayBuilder.Build(value).Select(piece => piece.Text));
    }

    /// <summary>The <see cref="Format"/> text with each date wrapped in <c>&lt;time datetime&gt;</c>, all HTML-encoded.</summary>
    public static string ToHtml(EdtfValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var html = new StringBuilder();
        foreach (var piece in EdtfDisplayBuilder.Build(value))
        {
            if (piece.DateTime is null)
            {
                html.Append(Encode(piece.Text));
                continue;
            }

            html.Append("<time datetime=\"").Append(Encode(piece.DateTime)).Append("\">")
                .Append(Encode(piece.Text)).Append("</time>");
        }

        return html.ToString();
    }

    /// <summary>A valid HTML date string for one point; unspecified digits fall back to the earliest value they allow.</summary>
    public static string HtmlDateTime(EdtfPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);

        // HTML has no year 0000, so 000X and 00XX start at 0001 as their Earliest does.
        var year = Math.Max(1, point.Year).ToString("D4", CultureInfo.InvariantCulture);
        if (point.Month is not int month)
        {
            return year;
        }

        var yearMonth = string.Create(CultureInfo.InvariantCulture, $"{year}-{month:D2}");
        if (point.Day is not int day)
        {
            return yearMonth;
        }

        var date = string.Create(CultureInfo.InvariantCulture, $"{yearMonth}-{day:D2}");
        return point.Time is null ? date : date + "T" + point.Time.Text;
    }

    /// <summary><c>yyyy-MM-dd</c>, or null for <see cref="DateOnly.MinValue"/>/<see cref="DateOnly.MaxValue"/>, which stand for open ends.</summary>
    /// <remarks>Years 0001 and 9999 touch those sentinels; prefer <see cref="IsoStart"/>/<see cref="IsoEnd"/> when a value is at hand.</remarks>
    public static string? IsoBound(DateOnly date) =>
        date == DateOnly.MinValue || date == DateOnly.MaxValue ? null : Iso(date);

    /// <summary>The earliest day as <c>yyyy-MM-dd</c>, or null only when the start is open or unknown.</summary>
    public static string? IsoStart(EdtfValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Start is null ? null : Iso(value.Earliest);
    }

    /// <summary>The latest day as <c>yyyy-MM-dd</c>, or null only when the end is open or unknown.</summary>
    public static string? IsoEnd(EdtfValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.End is null ? null : Iso(value.Latest);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
