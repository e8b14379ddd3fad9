using Scriban;
using StaticChronology.Rendering;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>Only partials that read nothing but their arguments have their output kept per argument.</summary>
public sealed class PartialPurityTests
{
    [Theory]
    [InlineData("{{ $card = $1 }}<p>{{ $card.title | string.upcase }}</p>", true)]
    [InlineData("<p>{{ $1.count | math.format '0' }}</p>", true)]
    [InlineData("<p>{{ page.url }}</p>", false)]
    [InlineData("<p>{{ site.title }}{{ $1.title }}</p>", false)]
    [InlineData("<p>{{ date.now }}</p>", false)]
    [InlineData("{{ include 'other' $1 }}", false)]
    [InlineData("{{ for x in $1.items }}{{ x }}{{ end }}", false)]
    public void Purity_is_decided_by_the_variables_a_partial_reads(string text, bool pure) =>
        Assert.Equal(pure, PartialPurity.ReadsOnlyItsArguments(Template.Parse(text)));

    [Fact]
    public void The_theme_entry_card_is_pure_so_each_card_is_rendered_once()
    {
        var card = Template.Parse(File.ReadAllText(Path.Combine(Repository.Theme, "partials", "entry-card.html")));
        Assert.True(PartialPurity.ReadsOnlyItsArguments(card));
    }
}
