using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

/// <summary>Prose pages: front matter between '---' lines, positions counted from the top of the file.</summary>
public class PageTests
{
    private const string P = "input/pages/about.md";

    [Fact]
    public void A_page_loads_with_its_body_position()
    {
        using var input = new TestInput();
        input.Write(P, "---\ntitle: About\norder: 1\n---\n\nText.\n");

        var result = input.Load();

        Expect.None(result.Diagnostics);
        var page = Assert.Single(result.Input!.Pages);
        Assert.Equal(("about", "About", 1), (page.Slug, page.Title, page.Order));
        Assert.Equal($"{P}:5:1", page.BodyLocation.ToString());
        Assert.Equal("\nText.\n", page.Body);
    }

    [Fact]
    public void An_error_in_front_matter_is_on_the_file_line()
    {
        using var input = new TestInput();
        input.Write(P, "---\ntitle: About\ntitel: About\n---\nText.\n");

        Expect.Only(input.Load().Diagnostics, $"{P}:3:1: error CHR202:", "unknown key 'titel' in page front matter", "allowed keys: title, description, order");
    }

    [Fact]
    public void An_order_that_is_not_a_whole_number_is_reported_at_the_value()
    {
        using var input = new TestInput();
        input.Write(P, "---\ntitle: About\norder: 1.5\n---\n");

        Expect.Only(input.Load().Diagnostics, $"{P}:3:8: error CHR302:", "'order' must be a whole number from 0 to 1000, not '1.5'");
    }

    [Theory]
    [InlineData("title: About\n\nText.\n", "a page starts with front matter")]
    [InlineData("---\ntitle: About\n\nText.\n", "the front matter is not closed")]
    public void A_page_without_closed_front_matter_is_reported_at_the_start(string text, string message)
    {
        using var input = new TestInput();
        input.Write(P, text);

        Expect.Only(input.Load().Diagnostics, $"{P}:1:1: error CHR210:", message);
    }

    [Fact]
    public void A_second_front_matter_block_in_the_body_is_text()
    {
        using var input = new TestInput();
        input.Write(P, "---\ntitle: About\n---\nText.\n\n---\n\nMore.\n");

        var result = input.Load();

        Expect.None(result.Diagnostics);
        Assert.EndsWith("More.\n", Assert.Single(result.Input!.Pages).Body, StringComparison.Ordinal);
    }
}
