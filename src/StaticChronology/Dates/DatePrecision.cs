namespace StaticChronology.Dates;

/// <summary>The smallest unit a date is stated in.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Decade,
    Century,
}
