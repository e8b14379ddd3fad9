using StaticChronology.Rendering;
using StaticChronology.Tests.Serve;

namespace StaticChronology.Tests.Rendering;

/// <summary>The home page's chart is counted from the chronology's months, a step a month: it must be the chart of its entries.</summary>
public sealed class DensityChartTests
{
    private static readonly SiteUrls Urls = new("http://127.0.0.1:5080/");

    [Theory]
    [InlineData(35)]
    [InlineData(36)]
    public void The_chart_counted_from_the_months_is_the_chart_counted_from_the_entries(int seed)
    {
        using var site = new EditableSite(seed, entries: 60);
        var chronology = site.Assemble();

        var fromMonths = DensityChart.Count(chronology.Years);

        Assert.NotEmpty(fromMonths);
        Assert.Equal(DensityChart.Count(chronology.Entries), fromMonths);
        Assert.Equal(DensityChart.Render(chronology.Entries, Urls)!.Value, DensityChart.Draw(fromMonths, Urls)!.Value);
    }
}
