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
    [InlineData("{{ for $x in $1.items }}{{ include 'card' $x }}{{ end }}", true)]
    [InlineData("{{ include 'card' page }}", false)]
    [InlineData("{{ include 'impure' $1 }}", false)]
    [InlineData("{{ include $1.name $1 }}", false)]
    [InlineData("{{ include 'calls-impure' $1 }}", false)]
    public void Purity_is_decided_by_the_variables_a_partial_reads(string text, bool pure)
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal)
        {
            ["tested"] = Template.Parse(text),
            ["card"] = Template.Parse("<p>{{ $1.title }}</p>"),
            ["impure"] = Template.Parse("<p>{{ page.url }}</p>"),
            ["calls-impure"] = Template.Parse("{{ include 'impure' $1 }}"),
        };

        Assert.Equal(pure, PartialPurity.Find(partials).Contains("tested"));
    }

    [Fact]
    public void A_partial_that_includes_itself_is_pure_when_it_reads_nothing_else()
    {
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal)
        {
            ["tree"] = Template.Parse("<li>{{ $1.name }}{{ for $c in $1.children }}{{ include 'tree' $c }}{{ end }}</li>"),
        };

        Assert.Contains("tree", PartialPurity.Find(partials));
    }

    [Fact]
    public void The_theme_partials_are_pure_so_each_card_and_each_year_of_the_home_page_is_rendered_once()
    {
        var partials = Directory.EnumerateFiles(Path.Combine(Repository.Theme, "partials"), "*.html")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Template.Parse(File.ReadAllText(f)), StringComparer.Ordinal);
        Assert.Equal(partials.Keys.Order(StringComparer.Ordinal), PartialPurity.Find(partials).Order(StringComparer.Ordinal));
        Assert.Contains("home-year", partials.Keys);
    }
}
