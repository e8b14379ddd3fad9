using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>The stamp forms outlets print, and the near misses that must not be read as stamps.</summary>
public sealed class PublicationStampParserTests
{
    [Theory]
    [InlineData("7 January 2022, 11:13 PM", 2022, 1, 7, "23:13", null, "7 January 2022, 11:13 PM")]
    [InlineData("21 January 2022, 07:12 PM", 2022, 1, 21, "19:12", null, "21 January 2022, 07:12 PM")]
    [InlineData("Tuesday 1 March 2022 09.12 GMT", 2022, 3, 1, "09:12", "GMT", "Tuesday 1 March 2022 09.12 GMT")]
    [InlineData("Tue 1 Mar 2022 09.12 GMT", 2022, 3, 1, "09:12", "GMT", "Tue 1 Mar 2022 09.12 GMT")]
    [InlineData("Published 2022-03-01T09:12:00Z", 2022, 3, 1, "09:12", "Z", "2022-03-01T09:12:00Z")]
    [InlineData("Published: 2022-03-01T09:12:00+02:00", 2022, 3, 1, "09:12", "+02:00", "2022-03-01T09:12:00+02:00")]
    [InlineData("January 21, 2022", 2022, 1, 21, null, null, "January 21, 2022")]
    [InlineData("Friday, Jan. 21, 2022 at 4:05 p.m. ET", 2022, 1, 21, "16:05", "ET", "Friday, Jan. 21, 2022 at 4:05 p.m. ET")]
    [InlineData("21.01.2022", 2022, 1, 21, null, null, "21.01.2022")]
    [InlineData("21.01.2022 14:30", 2022, 1, 21, "14:30", null, "21.01.2022 14:30")]
    [InlineData("Posted on 3rd February 2022", 2022, 2, 3, null, null, "3rd February 2022")]
    [InlineData("First published on Mon 28 Feb 2022 18.00 GMT", 2022, 2, 28, "18:00", "GMT", "Mon 28 Feb 2022 18.00 GMT")]
    [InlineData("11:13 PM, 7 January 2022", 2022, 1, 7, "23:13", null, "11:13 PM, 7 January 2022")]
    [InlineData("2022/03/01", 2022, 3, 1, null, null, "2022/03/01")]
    [InlineData("29 February 2024", 2024, 2, 29, null, null, "29 February 2024")]
    public void Reads_a_published_stamp(string line, int year, int month, int day, string? time, string? zone, string text)
    {
        Assert.True(PublicationStampParser.TryParseLine(line, 3, out var stamp, out var update));

        Assert.False(update);
        Assert.Equal((year, month, day, time, zone, text, 3), (stamp!.Year!.Value, stamp.Month, stamp.Day, stamp.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), stamp.Zone, stamp.Text, stamp.Line));
    }

    [Theory]
    [InlineData("Updated 2022-03-01T10:40:00Z", "2022-03-01")]
    [InlineData("Last updated: 1 March 2022", "2022-03-01")]
    [InlineData("Last modified on Tue 1 Mar 2022 10.40 GMT", "2022-03-01")]
    public void Tells_an_update_from_a_publication(string line, string date)
    {
        Assert.True(PublicationStampParser.TryParseLine(line, 1, out var stamp, out var update));
        Assert.True(update);
        Assert.Equal(date, stamp!.Edtf);
    }

    [Theory]
    [InlineData("03/01/2022")]
    [InlineData("31 February 2022")]
    [InlineData("29 February 2023")]
    [InlineData("7 January 2022, 13:13 PM")]
    [InlineData("7 January 2022 and then the talks")]
    [InlineData("Talks on 7 January 2022")]
    [InlineData("January 2022")]
    [InlineData("09.12 GMT")]
    [InlineData("Daily at 9am EST")]
    public void Refuses_what_is_not_a_complete_stamp(string line)
    {
        Assert.False(PublicationStampParser.TryParseLine(line, 1, out var stamp, out _));
        Assert.Null(stamp);
    }

    [Fact]
    public void Finds_every_complete_date_in_a_caption_in_order()
    {
        var dates = PublicationStampParser.FindDates("Troops near Yasne, Ukraine January 14, 2022.Jane Roe | Wire. Filed 15.01.2022, not 3/4/2022.", 27);

        Assert.Equal(["2022-01-14", "2022-01-15"], dates.Select(d => d.Edtf));
        Assert.All(dates, d => Assert.Equal(27, d.Line));
    }
}
