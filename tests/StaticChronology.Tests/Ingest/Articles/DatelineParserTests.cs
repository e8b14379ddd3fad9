using StaticChronology.Ingest.Articles;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>Datelines open wire copy; a year left out stays unknown.</summary>
public sealed class DatelineParserTests
{
    [Fact]
    public void A_wire_dateline_without_a_year_keeps_the_year_unknown()
    {
        const string text = "KYIV, Feb 3 (Reuters) - Ukraine's foreign minister said on Thursday...";

        var dateline = DatelineParser.Parse(text, 5)!;

        Assert.Equal(("KYIV", "Reuters", "Feb 3"), (dateline.Place, dateline.Agency, dateline.Stamp!.Text));
        Assert.Equal((null, 2, 3, 5), (dateline.Stamp.Year, dateline.Stamp.Month, dateline.Stamp.Day, dateline.Stamp.Line));
        Assert.Null(dateline.Stamp.Edtf);
        Assert.Equal("Ukraine's", text[dateline.Length..].Split(' ')[0]);
    }

    [Theory]
    [InlineData("WASHINGTON –  Secretary of State Antony Blinken will go", "WASHINGTON", null, "Secretary of State")]
    [InlineData("NEW YORK, Jan. 21, 2022 (AP) — The talks", "NEW YORK", "2022-01-21", "The talks")]
    [InlineData("KYIV, Ukraine (AP) — The talks", "KYIV, Ukraine", null, "The talks")]
    [InlineData("ST. PETERSBURG - The talks", "ST. PETERSBURG", null, "The talks")]
    public void Reads_the_place_and_any_full_date(string text, string place, string? date, string body)
    {
        var dateline = DatelineParser.Parse(text, 1)!;
        Assert.Equal(place, dateline.Place);
        Assert.Equal(date, dateline.Stamp?.Edtf);
        Assert.StartsWith(body, text[dateline.Length..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("US – European talks went on")]
    [InlineData("A - B testing")]
    [InlineData("Washington - The talks")]
    [InlineData("NATO said - nothing")]
    [InlineData("KYIV, Feb 30 (Reuters) - The talks")]
    public void Ordinary_sentences_have_no_dateline(string text) => Assert.Null(DatelineParser.Parse(text, 1));
}
