using System.Globalization;

namespace StaticChronology.Dates;

/// <summary>A time of day attached to a full date, with an optional UTC offset.</summary>
public sealed record EdtfTime
{
    internal EdtfTime(int hour, int minute, int? second, string? offsetText, TimeSpan? offset)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        OffsetText = offsetText;
        Offset = offset;
    }

    public int Hour { get; }

    public int Minute { get; }

    public int? Second { get; }

    /// <summary><c>Z</c>, a signed offset such as <c>+02:00</c> exactly as written, or null for local time.</summary>
    public string? OffsetText { get; }

    public TimeSpan? Offset { get; }

    public bool IsUtc => OffsetText == "Z";

    /// <summary>The time as written after the <c>T</c>, e.g. <c>19:12:05+02:00</c>.</summary>
    public string Text
    {
        get
        {
            var clock = string.Create(CultureInfo.InvariantCulture, $"{Hour:D2}:{Minute:D2}");
            if (Second is int s)
            {
                clock += string.Create(CultureInfo.InvariantCulture, $":{s:D2}");
            }

            return clock + OffsetText;
        }
    }
}
