using StaticChronology.Dates;

namespace StaticChronology.Tests.Dates;

public class EdtfParserTests
{
    [Theory]
    // Level 0 dates.
    [InlineData("2022", "2022-01-01", "2022-12-31", DatePrecision.Year, false, false)]
    [InlineData("2022-01", "2022-01-01", "2022-01-31", DatePrecision.Month, false, false)]
    [InlineData("2022-01-21", "2022-01-21", "2022-01-21", DatePrecision.Day, false, false)]
    [InlineData("2022-04", "2022-04-01", "2022-04-30", DatePrecision.Month, false, false)]
    [InlineData("2022-02", "2022-02-01", "2022-02-28", DatePrecision.Month, false, false)]
    [InlineData("2020-02", "2020-02-01", "2020-02-29", DatePrecision.Month, false, false)]
    [InlineData("2020-02-29", "2020-02-29", "2020-02-29", DatePrecision.Day, false, false)]
    [InlineData("2000-02-29", "2000-02-29", "2000-02-29", DatePrecision.Day, false, false)]
    [InlineData("0001", "0001-01-01", "0001-12-31", DatePrecision.Year, false, false)]
    [InlineData("0800", "0800-01-01", "0800-12-31", DatePrecision.Year, false, false)]
    [InlineData("9999-12-31", "9999-12-31", "9999-12-31", DatePrecision.Day, false, false)]
    // Level 0 date-times.
    [InlineData("2022-01-21T19:12", "2022-01-21", "2022-01-21", DatePrecision.Day, false, false)]
    [InlineData("2022-01-21T19:12:05", "2022-01-21", "2022-01-21", DatePrecision.Day, false, false)]
    [InlineData("2022-01-21T19:12Z", "2022-01-21", "2022-01-21", DatePrecision.Day, false, false)]
    [InlineData("2022-01-21T00:00:59+02:00", "2022-01-21", "2022-01-21", DatePrecision.Day, false, false)]
    [InlineData("2022-01-21T23:59-05:30", "2022-01-21", "2022-01-21", DatePrecision.Day, false, false)]
    // Level 0 intervals.
    [InlineData("2022-02-10/2022-02-20", "2022-02-10", "2022-02-20", DatePrecision.Day, false, false)]
    [InlineData("2021/2022-03", "2021-01-01", "2022-03-31", DatePrecision.Year, false, false)]
    [InlineData("2022-01/2022-03", "2022-01-01", "2022-03-31", DatePrecision.Month, false, false)]
    [InlineData("2022-02-10/2022-02-10", "2022-02-10", "2022-02-10", DatePrecision.Day, false, false)]
    [InlineData("2022-02-20/2022-02", "2022-02-20", "2022-02-28", DatePrecision.Day, false, false)]
    // Level 1 qualifiers.
    [InlineData("2022-01-21~", "2022-01-21", "2022-01-21", DatePrecision.Day, true, false)]
    [InlineData("2022-01?", "2022-01-01", "2022-01-31", DatePrecision.Month, false, true)]
    [InlineData("2022%", "2022-01-01", "2022-12-31", DatePrecision.Year, true, true)]
    [InlineData("2022-02-10~/2022-02-20", "2022-02-10", "2022-02-20", DatePrecision.Day, true, false)]
    [InlineData("2022-02-10/2022-02-20?", "2022-02-10", "2022-02-20", DatePrecision.Day, false, true)]
    // Level 1 unspecified digits.
    [InlineData("201X", "2010-01-01", "2019-12-31", DatePrecision.Decade, false, false)]
    [InlineData("20XX", "2000-01-01", "2099-12-31", DatePrecision.Century, false, false)]
    [InlineData("000X", "0001-01-01", "0009-12-31", DatePrecision.Decade, false, false)]
    [InlineData("00XX", "0001-01-01", "0099-12-31", DatePrecision.Century, false, false)]
    [InlineData("99XX", "9900-01-01", "9999-12-31", DatePrecision.Century, false, false)]
    [InlineData("2022-XX", "2022-01-01", "2022-12-31", DatePrecision.Year, false, false)]
    [InlineData("2022-01-XX", "2022-01-01", "2022-01-31", DatePrecision.Month, false, false)]
    [InlineData("2020-02-XX", "2020-02-01", "2020-02-29", DatePrecision.Month, false, false)]
    [InlineData("2022-XX-XX", "2022-01-01", "2022-12-31", DatePrecision.Year, false, false)]
    [InlineData("201X~", "2010-01-01", "2019-12-31", DatePrecision.Decade, true, false)]
    [InlineData("2022-01-XX?", "2022-01-01", "2022-01-31", DatePrecision.Month, false, true)]
    // Level 1 extended intervals.
    [InlineData("../2022-02-20", "0001-01-01", "2022-02-20", DatePrecision.Day, false, false)]
    [InlineData("2022-02-10/..", "2022-02-10", "9999-12-31", DatePrecision.Day, false, false)]
    [InlineData("/2022-02", "0001-01-01", "2022-02-28", DatePrecision.Month, false, false)]
    [InlineData("2022-02-10/", "2022-02-10", "9999-12-31", DatePrecision.Day, false, false)]
    [InlineData("201X/..", "2010-01-01", "9999-12-31", DatePrecision.Decade, false, false)]
    [InlineData("../2022~", "0001-01-01", "2022-12-31", DatePrecision.Year, true, false)]
    public void Accepts_form(string text, string earliest, string latest, DatePrecision precision, bool approximate, bool uncertain)
    {
        Assert.True(EdtfParser.TryParse(text, out var value, out var error), error?.ToString());
        Assert.Null(error);
        Assert.Equal(text, value.Text);
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), value.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), value.Latest);
        Assert.Equal(precision, value.Precision);
        Assert.Equal(approximate, value.IsApproximate);
        Assert.Equal(uncertain, value.IsUncertain);
        Assert.Equal(text.Contains('/', StringComparison.Ordinal), value.IsInterval);
    }

    [Theory]
    [InlineData("2022-02-30", 8, "2022-02-30: February 2022 has 28 days")]
    [InlineData("2021-02-29", 8, "2021-02-29: February 2021 has 28 days")]
    [InlineData("1900-02-29", 8, "February 1900 has 28 days")]
    [InlineData("2022-04-31", 8, "April 2022 has 30 days")]
    [InlineData("2022-01-32", 8, "January 2022 has 31 days")]
    [InlineData("2022-01-00", 8, "days are numbered from 01")]
    [InlineData("2022-13", 5, "month 13 does not exist")]
    [InlineData("2022-00-10", 5, "month 00 does not exist")]
    [InlineData("2022-42", 5, "month 42 does not exist")]
    [InlineData("2022-21", 5, "seasons such as 2022-21 are not supported")]
    [InlineData("2022-41", 5, "seasons")]
    [InlineData("24/01/2022", 0, "write dates year first: 2022-01-24")]
    [InlineData("01/24/2022", 0, "write dates year first: 2022-01-24")]
    [InlineData("5.3.2022", 0, "write dates year first: 2022-03-05")]
    [InlineData("24-01-2022", 0, "write dates year first: 2022-01-24")]
    [InlineData("2022/01/21", 4, "separate year, month and day with hyphens: 2022-01-21")]
    [InlineData("2022.1.5", 4, "hyphens: 2022-01-05")]
    [InlineData("2022/01", 4, "hyphens: 2022-01")]
    [InlineData("20220121", 4, "hyphens: 2022-01-21")]
    [InlineData("21 January 2022", 3, "write dates in numbers")]
    [InlineData("Jan 2022", 0, "write dates in numbers")]
    [InlineData("2022-01-01T25:00", 11, "25:00 is not a time of day")]
    [InlineData("2022-01-01T24:00", 11, "24:00 is not a time of day")]
    [InlineData("2022-01-01T19:60", 14, "19:60 is not a time of day")]
    [InlineData("2022-01-01T19:12:60", 17, "19:12:60 is not a time of day")]
    [InlineData("2022-01-01T19", 13, "hh:mm")]
    [InlineData("2022-01-01T1912", 13, "hh:mm")]
    [InlineData("2022-01-01T19:12:5", 17, "seconds with two digits")]
    [InlineData("2022-01-01T19:12:05.5", 19, "fractions of a second")]
    [InlineData("2022-01-01T19:12+15:00", 16, "+15:00 is not a time zone offset")]
    [InlineData("2022-01-01T19:12+0200", 19, "+hh:mm")]
    [InlineData("2022-01-01T19:12z", 16, "unexpected 'z'")]
    [InlineData("2022-01T19:12", 7, "a time needs a full date")]
    [InlineData("2022-01-21T19:12~", 16, "a date with a time cannot be marked")]
    [InlineData("2022-01-XXT19:12", 10, "unspecified digits (X) cannot have a time")]
    [InlineData("2022-01-21 19:12", 10, "put T between the date and the time: 2022-01-21T19:12")]
    [InlineData("2022-1-5", 5, "write the month with two digits")]
    [InlineData("2022-01-5", 8, "write the day with two digits")]
    [InlineData("2022-", 5, "write the month with two digits")]
    [InlineData("22-01-05", 0, "a year has four digits")]
    [InlineData("2022-01-21x", 10, "unexpected 'x' after 2022-01-21")]
    [InlineData("2022-01-21\u200B", 10, "unexpected U+200B after 2022-01-21")]
    [InlineData("2022-01-21-", 10, "unexpected '-' after 2022-01-21")]
    [InlineData("0000", 0, "years before 0001 are not supported")]
    [InlineData("0000-05-01", 0, "years before 0001 are not supported")]
    [InlineData("-0500", 0, "negative years are not supported")]
    [InlineData("Y12345", 0, "long years written with Y are not supported")]
    [InlineData("12345", 0, "years after 9999 are not supported")]
    [InlineData("2022-XX-21", 8, "a known day in an unspecified month (2022-XX-21) is EDTF level 2")]
    [InlineData("201X-05", 4, "partly unspecified year (201X) is EDTF level 2")]
    [InlineData("2XXX", 1, "only the last one or two digits of a year can be X")]
    [InlineData("XXXX", 0, "only the last one or two digits of a year can be X")]
    [InlineData("20X2", 2, "only the last one or two digits of a year can be X")]
    [InlineData("201x", 3, "capital X")]
    [InlineData("2022-1X", 5, "partly unspecified month (1X) is EDTF level 2")]
    [InlineData("2022-01-X1", 8, "partly unspecified day (X1) is EDTF level 2")]
    [InlineData("2022-?01", 5, "marking part of a date with ?, ~ or % is EDTF level 2")]
    [InlineData("2022?-01", 4, "EDTF level 2")]
    [InlineData("?2022", 0, "EDTF level 2")]
    [InlineData("[2022,2023]", 0, "sets of dates")]
    [InlineData("{2022..2023}", 0, "sets of dates")]
    [InlineData("2022~~", 5, "only one of ?, ~ or %")]
    [InlineData("2022?~", 5, "write % alone")]
    [InlineData("2022-02-20/2022-02-10", 10, "the interval ends before it starts, as 2022-02-10 is before 2022-02-20")]
    [InlineData("2022-03/2022-02", 7, "ends before it starts")]
    [InlineData("2022/2023/2024", 9, "an interval has only one /")]
    [InlineData("../..", 2, "an interval needs a date at one end")]
    [InlineData("/", 0, "an interval needs a date at one end")]
    [InlineData("..", 0, "only appears in an interval")]
    [InlineData("..~/2022", 2, "an open end (..) stands alone")]
    [InlineData("2022-01-21T19:12/2022-01-22", 10, "interval ends are dates without times")]
    [InlineData("2022-02-10/2022-13", 16, "month 13 does not exist")]
    [InlineData("", 0, "the date is empty")]
    [InlineData("   ", 0, "the date is blank")]
    [InlineData("\t\n", 0, "the date is blank")]
    [InlineData(" 2022", 0, "cannot contain spaces")]
    [InlineData("2022 ", 4, "cannot contain spaces")]
    public void Rejects_form(string text, int column, string fragment)
    {
        Assert.False(EdtfParser.TryParse(text, out var value, out var error));
        Assert.Null(value);
        Assert.Equal(column, error.Column);
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_null_without_throwing()
    {
        Assert.False(EdtfParser.TryParse(null, out _, out var error));
        Assert.Equal(0, error.Column);
        Assert.Contains("empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_texts_longer_than_the_cap_at_the_first_excess_character()
    {
        var justFits = "2022-01-21/2022-01-22" + new string('~', EdtfParser.MaxLength - 21);
        Assert.False(EdtfParser.TryParse(justFits, out _, out var notLength));
        Assert.DoesNotContain("longer than", notLength.Message, StringComparison.Ordinal);

        Assert.False(EdtfParser.TryParse(new string('2', 65), out _, out var error));
        Assert.Equal(64, error.Column);
        Assert.Contains("longer than 64 characters", error.Message, StringComparison.Ordinal);

        Assert.False(EdtfParser.TryParse(new string('9', 1_000_000), out _, out var huge));
        Assert.Equal(64, huge.Column);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    [InlineData("24/01/2022")]
    [InlineData("2022-01-21x")]
    [InlineData("0000")]
    [InlineData("2022-XX-21")]
    [InlineData("2022-21")]
    public void Date_errors_end_by_showing_accepted_forms(string text)
    {
        Assert.False(EdtfParser.TryParse(text, out _, out var error));
        Assert.EndsWith(
            "; expected a date like 2022-01-21, 2022-01, 2022, 2022-01-21~, 2022-01-XX or 2022-02-10/2022-02-20",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Time_and_interval_errors_show_their_own_forms()
    {
        Assert.False(EdtfParser.TryParse("2022-01-01T25:00", out _, out var time));
        Assert.EndsWith("or 2022-01-21T19:12+02:00", time.Message, StringComparison.Ordinal);
        Assert.False(EdtfParser.TryParse("2022-02-20/2022-02-10", out _, out var interval));
        Assert.EndsWith("/2022-02-20 or 2022-02-10/", interval.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_throws_FormatException_with_the_message()
    {
        var ex = Assert.Throws<FormatException>(() => EdtfParser.Parse("2022-13"));
        Assert.Contains("column 5", ex.Message, StringComparison.Ordinal);
        Assert.Contains("month 13 does not exist", ex.Message, StringComparison.Ordinal);
        Assert.Equal("2022-01-21", EdtfParser.Parse("2022-01-21").Text);
    }

    [Fact]
    public void A_single_point_is_both_start_and_end()
    {
        var value = EdtfParser.Parse("2022-01-21");
        Assert.False(value.IsInterval);
        Assert.NotNull(value.Start);
        Assert.Same(value.Start, value.End);
        Assert.Equal(EdtfBoundKind.Known, value.StartKind);
        Assert.Equal(EdtfBoundKind.Known, value.EndKind);
        Assert.Equal(2022, value.StartYear);
    }

    [Fact]
    public void A_point_exposes_its_fields()
    {
        var day = EdtfParser.Parse("2022-01-21~").Start!;
        Assert.Equal((2022, 1, 21), (day.Year, day.Month!.Value, day.Day!.Value));
        Assert.Equal(EdtfQualifiers.Approximate, day.Qualifiers);
        Assert.True(day.IsApproximate);
        Assert.False(day.IsUncertain);
        Assert.Null(day.Time);
        Assert.Equal(0, day.UnspecifiedYearDigits);

        var both = EdtfParser.Parse("2022%").Start!;
        Assert.Equal(EdtfQualifiers.UncertainAndApproximate, both.Qualifiers);
        Assert.True(both.IsApproximate && both.IsUncertain);
    }

    [Fact]
    public void A_point_records_which_digits_are_unspecified()
    {
        var decade = EdtfParser.Parse("201X").Start!;
        Assert.Equal((2010, 1), (decade.Year, decade.UnspecifiedYearDigits));

        var century = EdtfParser.Parse("20XX").Start!;
        Assert.Equal((2000, 2), (century.Year, century.UnspecifiedYearDigits));

        var month = EdtfParser.Parse("2022-XX").Start!;
        Assert.True(month.IsMonthUnspecified);
        Assert.Null(month.Month);
        Assert.False(month.IsDayUnspecified);

        var day = EdtfParser.Parse("2022-01-XX").Start!;
        Assert.Equal(1, day.Month);
        Assert.False(day.IsMonthUnspecified);
        Assert.True(day.IsDayUnspecified);
        Assert.Null(day.Day);

        var both = EdtfParser.Parse("2022-XX-XX").Start!;
        Assert.True(both.IsMonthUnspecified && both.IsDayUnspecified);
    }

    [Theory]
    [InlineData("2022-01-21T19:12", 19, 12, null, null, null)]
    [InlineData("2022-01-21T19:12:05Z", 19, 12, 5, "Z", 0)]
    [InlineData("2022-01-21T07:02+02:00", 7, 2, null, "+02:00", 120)]
    [InlineData("2022-01-21T07:02-05:30", 7, 2, null, "-05:30", -330)]
    public void A_point_exposes_its_time(string text, int hour, int minute, int? second, string? offsetText, int? offsetMinutes)
    {
        var time = EdtfParser.Parse(text).Start!.Time!;
        Assert.Equal(hour, time.Hour);
        Assert.Equal(minute, time.Minute);
        Assert.Equal(second, time.Second);
        Assert.Equal(offsetText, time.OffsetText);
        Assert.Equal(offsetMinutes, (int?)time.Offset?.TotalMinutes);
        Assert.Equal(offsetText == "Z", time.IsUtc);
        Assert.Equal(text[11..], time.Text);
    }

    [Theory]
    [InlineData("2022-02-10/2022-02-20", EdtfBoundKind.Known, EdtfBoundKind.Known, 2022)]
    [InlineData("../2022-02-20", EdtfBoundKind.Open, EdtfBoundKind.Known, 2022)]
    [InlineData("/2022-02-20", EdtfBoundKind.Unknown, EdtfBoundKind.Known, 2022)]
    [InlineData("2022-02-10/..", EdtfBoundKind.Known, EdtfBoundKind.Open, 2022)]
    [InlineData("2022-02-10/", EdtfBoundKind.Known, EdtfBoundKind.Unknown, 2022)]
    [InlineData("2021-12-30/2022-01-02", EdtfBoundKind.Known, EdtfBoundKind.Known, 2021)]
    [InlineData("../201X", EdtfBoundKind.Open, EdtfBoundKind.Known, 2010)]
    [InlineData("00XX/..", EdtfBoundKind.Known, EdtfBoundKind.Open, 1)]
    public void An_interval_exposes_its_ends(string text, EdtfBoundKind startKind, EdtfBoundKind endKind, int startYear)
    {
        var value = EdtfParser.Parse(text);
        Assert.True(value.IsInterval);
        Assert.Equal(startKind, value.StartKind);
        Assert.Equal(endKind, value.EndKind);
        Assert.Equal(startKind == EdtfBoundKind.Known, value.Start is not null);
        Assert.Equal(endKind == EdtfBoundKind.Known, value.End is not null);
        Assert.Equal(startYear, value.StartYear);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (value.Start is not null)
        {
            Assert.Equal(text[..slash], value.Start.Text);
        }

        if (value.End is not null)
        {
            Assert.Equal(text[(slash + 1)..], value.End.Text);
        }
    }

    [Fact]
    public void Precision_of_an_interval_with_an_open_start_comes_from_the_end()
    {
        Assert.Equal(DatePrecision.Month, EdtfParser.Parse("../2022-02").Precision);
        Assert.Equal(DatePrecision.Decade, EdtfParser.Parse("201X/2022-02-01").Precision);
    }

    [Fact]
    public void Values_with_the_same_text_are_equal()
    {
        Assert.Equal(EdtfParser.Parse("2022-02-10/.."), EdtfParser.Parse("2022-02-10/.."));
        Assert.NotEqual(EdtfParser.Parse("2022-02-10/.."), EdtfParser.Parse("2022-02-10/"));
    }
}
