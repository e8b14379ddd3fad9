namespace StaticChronology.Dates;

/// <summary>One EDTF date (optionally with a time), with its qualifiers and unspecified digits.</summary>
public sealed record EdtfPoint
{
    internal EdtfPoint(
        string text,
        int year,
        int unspecifiedYearDigits,
        int? month,
        bool isMonthUnspecified,
        int? day,
        bool isDayUnspecified,
        EdtfTime? time,
        EdtfQualifiers qualifiers)
    {
        Text = text;
        Year = year;
        UnspecifiedYearDigits = unspecifiedYearDigits;
        Month = month;
        IsMonthUnspecified = isMonthUnspecified;
        Day = day;
        IsDayUnspecified = isDayUnspecified;
        Time = time;
        Qualifiers = qualifiers;
    }

    /// <summary>This point exactly as written, qualifier included.</summary>
    public string Text { get; }

    /// <summary>The year with every <c>X</c> read as 0, so <c>201X</c> gives 2010 and <c>20XX</c> gives 2000.</summary>
    public int Year { get; }

    /// <summary>How many trailing year digits are <c>X</c>: 0, 1 (a decade) or 2 (a century).</summary>
    public int UnspecifiedYearDigits { get; }

    /// <summary>Null when no month is written or when it is written <c>XX</c>.</summary>
    public int? Month { get; }

    public bool IsMonthUnspecified { get; }

    /// <summary>Null when no day is written or when it is written <c>XX</c>.</summary>
    public int? Day { get; }

    public bool IsDayUnspecified { get; }

    public EdtfTime? Time { get; }

    public EdtfQualifiers Qualifiers { get; }

    public bool IsApproximate => (Qualifiers & EdtfQualifiers.Approximate) != 0;

    public bool IsUncertain => (Qualifiers & EdtfQualifiers.Uncertain) != 0;

    /// <summary>The span actually covered, so <c>2022-01-XX</c> is Month and <c>2022-XX</c> is Year.</summary>
    public DatePrecision Precision => UnspecifiedYearDigits switch
    {
        2 => DatePrecision.Century,
        1 => DatePrecision.Decade,
        _ when Month is null => DatePrecision.Year,
        _ when Day is null => DatePrecision.Month,
        _ => DatePrecision.Day,
    };

    /// <summary>The text as written, so values print the way contributors wrote them.</summary>
    public override string ToString() => Text;

    /// <summary>The first day this point may fall on; year 0 of <c>000X</c>/<c>00XX</c> is clamped to 0001.</summary>
    public DateOnly Earliest => Month is int m
        ? new DateOnly(Year, m, Day ?? 1)
        : new DateOnly(Math.Max(1, Year), 1, 1);

    /// <summary>The last day this point may fall on.</summary>
    public DateOnly Latest
    {
        get
        {
            if (Month is int m)
            {
                return new DateOnly(Year, m, Day ?? DateTime.DaysInMonth(Year, m));
            }

            var span = UnspecifiedYearDigits switch { 2 => 100, 1 => 10, _ => 1 };
            return new DateOnly(Year + span - 1, 12, 31);
        }
    }
}
