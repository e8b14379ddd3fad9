using System.Globalization;

namespace StaticChronology.Dates;

// Our own table: culture month names would change the output under tr-TR, de-DE and the like.
internal static class EdtfNames
{
    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    internal static string Month(int month) => Months[month - 1];

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Ordinal(int value)
    {
        var suffix = (value % 100) is >= 11 and <= 13
            ? "th"
            : (value % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return Number(value) + suffix;
    }
}
