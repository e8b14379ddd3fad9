using Scriban;
using StaticChronology.Diagnostics;
using StaticChronology.Rendering;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Rendering;

/// <summary>A page's body is encoded straight into its bytes only when baseof.html writes it as it is and nothing else reads it.</summary>
public sealed class ContentPlacementTests
{
    [Theory]
    [InlineData("<main>{{ content }}</main>", true)]
    [InlineData("<main>\n{{~ content ~}}\n</main>{{ page.title }}", true)]
    [InlineData("{{ if page.kind == 'home' }}{{ content }}{{ else }}<div>{{ content }}</div>{{ end }}", true)]
    [InlineData("<main>{{ content | string.upcase }}</main>", false)]
    [InlineData("{{ if content }}<main>{{ content }}</main>{{ end }}", false)]
    [InlineData("{{ $c = content }}<main>{{ $c }}</main>", false)]
    [InlineData("<main>{{ page.title }}</main>", false)]
    public void Only_a_body_written_as_it_is_counts(string text, bool asIs) =>
        Assert.Equal(asIs, ContentPlacement.WritesContentAsIs(Template.Parse(text)));

    [Fact]
    public void The_theme_writes_the_body_as_it_is()
    {
        var theme = ThemeTemplates.Load(Repository.Theme, p => p, new DiagnosticBag());
        Assert.NotNull(theme);
        Assert.True(theme.WritesContentAsIs);
    }
}
