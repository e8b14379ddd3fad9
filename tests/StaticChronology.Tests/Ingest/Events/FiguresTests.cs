using StaticChronology.Ingest.Events;

namespace StaticChronology.Tests.Ingest.Events;

public sealed class FiguresTests
{
    [Fact]
    public void Two_sources_counting_the_same_thing_differently_are_reported_with_both_figures()
    {
        var found = Figures.Disagreements(
        [
            ("Report A", "Officials said 100,000 troops were massed on the border on Friday."),
            ("Report B", "Some 175,000 troops were massed on the border, the paper said."),
            ("Report C", "The build-up of 100,000 troops continued."),
        ]);

        var line = Assert.Single(found);
        Assert.Equal("The sources disagree: “Report A” and “Report C” give 100,000 troops; “Report B” gives 175,000 troops.", line);
    }

    [Fact]
    public void Agreeing_figures_years_and_one_source_counting_two_things_are_no_disagreement()
    {
        Assert.Empty(Figures.Disagreements(
        [
            ("Report A", "Parliament voted 88 votes to 41 votes in 2031 after 6 hours."),
            ("Report B", "The motion passed with 88 votes in 2030, the clerk said."),
        ]));
    }
}
