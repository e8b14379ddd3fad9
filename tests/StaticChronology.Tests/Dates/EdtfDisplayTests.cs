using System.Globalization;
using AngleSharp.Html.Parser;
using StaticChronology.Dates;

namespace StaticChronology.Tests.Dates;

public class EdtfDisplayTests
{
    public static TheoryData<string, string> Forms => new()
    {
        { "2022-01-21", "21 January 2022" },
        { "2022-01-05", "5 January 2022" },
        { "2022-01", "January 2022" },
        { "2022", "2022" },
        { "0800", "800" },
        { "2022-01~", "c. January 2022" },
        { "2022-01-21?", "21 January 2022 (uncertain)" },
        { "2022%", "c. 2022 (uncertain)" },
        { "201X", "2010s" },
        { "201X~", "c. 2010s" },
        { "000X", "0s" },
        { "20XX", "21st century" },
        { "19XX", "20th century" },
        { "21XX", "22nd century" },
        { "22XX", "23rd century" },
        { "10XX", "11th century" },
        { "11XX", "12th century" },
        { "12XX", "13th century" },
        { "00XX", "1st century" },
        { "2022-XX", "2022" },
        { "2022-XX-XX", "2022" },
        { "2022-01-XX", "January 2022" },
        { "2022-01-21T19:12", "21 January 2022, 19:12" },
        { "2022-01-21T19:12:05", "21 January 2022, 19:12:05" },
        { "2022-01-21T19:12Z", "21 January 2022, 19:12 UTC" },
        { "2022-01-21T19:12+02:00", "21 January 2022, 19:12 +02:00" },
        { "2022-01-21T19:12:05-05:30", "21 January 2022, 19:12:05 -05:30" },
        { "2022-02-10/2022-02-20", "10–20 February 2022" },
        { "2022-01-28/2022-02-03", "28 January – 3 February 2022" },
        { "2021-12-30/2022-01-02", "30 December 2021 – 2 January 2022" },
        { "2022-01/2022-03", "January–March 2022" },
        { "2021-11/2022-03", "November 2021 – March 2022" },
        { "2022-01/2022-02-03", "January 2022 – 3 February 2022" },
        { "2020/2022", "2020–2022" },
        { "201X/202X", "2010s–2020s" },
        { "19XX/20XX", "20th century – 21st century" },
        { "2022-02-10/2022-02-10", "10 February 2022" },
        { "2022-02-10~/2022-02-20~", "c. 10–20 February 2022" },
        { "2022-01?/2022-03?", "January–March 2022 (uncertain)" },
        { "2020%/2022%", "c. 2020–2022 (uncertain)" },
        { "2022-02-10?/2022-02-20", "10 February 2022 (uncertain) – 20 February 2022" },
        { "2022-02-10/2022-02-20~", "10 February 2022 – c. 20 February 2022" },
        { "../2022-02-20", "until 20 February 2022" },
        { "2022-02-10/..", "from 10 February 2022" },
        { "2022-02-10/", "10 February 2022 – unknown" },
        { "/2022-02-20", "unknown – 20 February 2022" },
        { "2022-02-10~/..", "from c. 10 February 2022" },
        { "../2022?", "until 2022 (uncertain)" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Formats_for_readers(string text, string expected)
    {
        Assert.Equal(expected, EdtfDisplay.Format(EdtfParser.Parse(text)));
    }

    [Theory]
    [InlineData("2022-01-21", "<time datetime=\"2022-01-21\">21 January 2022</time>")]
    [InlineData("2022-01~", "c. <time datetime=\"2022-01\">January 2022</time>")]
    [InlineData("2022-01-21%", "c. <time datetime=\"2022-01-21\">21 January 2022</time> (uncertain)")]
    [InlineData("201X", "<time datetime=\"2010\">2010s</time>")]
    [InlineData("2022-01-21T19:12Z", "<time datetime=\"2022-01-21T19:12Z\">21 January 2022, 19:12 UTC</time>")]
    [InlineData(
        "2022-02-10/2022-02-20",
        "<time datetime=\"2022-02-10\">10</time>–<time datetime=\"2022-02-20\">20 February 2022</time>")]
    [InlineData(
        "2022-01-28/2022-02-03",
        "<time datetime=\"2022-01-28\">28 January</time> – <time datetime=\"2022-02-03\">3 February 2022</time>")]
    [InlineData(
        "2022-01/2022-03",
        "<time datetime=\"2022-01\">January</time>–<time datetime=\"2022-03\">March 2022</time>")]
    [InlineData(
        "2022-02-10~/2022-02-20~",
        "c. <time datetime=\"2022-02-10\">10</time>–<time datetime=\"2022-02-20\">20 February 2022</time>")]
    [InlineData("../2022-02-20", "until <time datetime=\"2022-02-20\">20 February 2022</time>")]
    [InlineData("2022-02-10/..", "from <time datetime=\"2022-02-10\">10 February 2022</time>")]
    [InlineData("2022-02-10/", "<time datetime=\"2022-02-10\">10 February 2022</time> – unknown")]
    [InlineData("/2022-02-20", "unknown – <time datetime=\"2022-02-20\">20 February 2022</time>")]
    public void Renders_html_with_time_elements(string text, string expected)
    {
        Assert.Equal(expected, EdtfDisplay.ToHtml(EdtfParser.Parse(text)));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Html_shows_exactly_the_formatted_text_and_valid_datetimes(string text, string expected)
    {
        var value = EdtfParser.Parse(text);
        var fragment = new HtmlParser().ParseDocument("<body>" + EdtfDisplay.ToHtml(value) + "</body>").Body!;

        Assert.Equal(expected, fragment.TextContent);
        var times = fragment.QuerySelectorAll("time");
        Assert.NotEmpty(times);
        Assert.Equal(times.Length, fragment.Children.Length);
        Assert.All(times, time => Assert.Matches(
            @"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$",
            time.GetAttribute("datetime")));
    }

    [Theory]
    [InlineData("2022-01-21", "2022-01-21")]
    [InlineData("2022-01", "2022-01")]
    [InlineData("2022", "2022")]
    [InlineData("0800", "0800")]
    [InlineData("2022-01-21~", "2022-01-21")]
    [InlineData("201X", "2010")]
    [InlineData("20XX", "2000")]
    [InlineData("000X", "0001")]
    [InlineData("2022-XX", "2022")]
    [InlineData("2022-01-XX", "2022-01")]
    [InlineData("2022-XX-XX", "2022")]
    [InlineData("2022-01-21T19:12", "2022-01-21T19:12")]
    [InlineData("2022-01-21T19:12:05Z", "2022-01-21T19:12:05Z")]
    [InlineData("2022-01-21T19:12+02:00", "2022-01-21T19:12+02:00")]
    public void Gives_html_datetime_values(string text, string expected)
    {
        Assert.Equal(expected, EdtfDisplay.HtmlDateTime(EdtfParser.Parse(text).Start!));
    }

    [Fact]
    public void Iso_bounds_are_null_only_for_open_sentinels()
    {
        Assert.Null(EdtfDisplay.IsoBound(DateOnly.MinValue));
        Assert.Null(EdtfDisplay.IsoBound(DateOnly.MaxValue));
        Assert.Equal("2022-01-05", EdtfDisplay.IsoBound(new DateOnly(2022, 1, 5)));
        Assert.Equal("0800-12-31", EdtfDisplay.IsoBound(new DateOnly(800, 12, 31)));
    }

    [Theory]
    [InlineData("2022-01", "2022-01-01", "2022-01-31")]
    [InlineData("../2022-02-20", null, "2022-02-20")]
    [InlineData("2022-02-10/", "2022-02-10", null)]
    [InlineData("0001/9999", "0001-01-01", "9999-12-31")]
    public void Iso_start_and_end_are_null_only_for_missing_ends(string text, string? start, string? end)
    {
        var value = EdtfParser.Parse(text);
        Assert.Equal(start, EdtfDisplay.IsoStart(value));
        Assert.Equal(end, EdtfDisplay.IsoEnd(value));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var texts = Forms.Select(row => (string)row[0]).ToArray();
        var expected = texts.Select(Render).ToArray();
        Assert.Equal(Forms.Select(row => (string)row[1]), expected.Select(e => e.Split('|')[0]));

        var (saved, savedUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal(expected, texts.Select(Render).ToArray());
            Assert.False(EdtfParser.TryParse("2022-02-30", out _, out var error));
            Assert.Contains("February 2022 has 28 days", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (saved, savedUi);
        }

        static string Render(string text)
        {
            var value = EdtfParser.Parse(text);
            return string.Join(
                '|',
                EdtfDisplay.Format(value),
                EdtfDisplay.ToHtml(value),
                EdtfDisplay.IsoStart(value),
                EdtfDisplay.IsoEnd(value),
                EdtfDisplay.IsoBound(value.Earliest),
                value.Earliest.ToString("O", CultureInfo.InvariantCulture));
        }
    }
}
