using System.Globalization;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Sites;

/// <summary>The same input gives byte-identical output, whatever the culture, time zone or file order.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new SiteFixture(SmallSite.Files());
        var first = site.Combine("out-1");
        var second = site.Combine("out-2");
        Assert.True(site.Build(first).Succeeded);
        Assert.True(site.Build(second).Succeeded);
        AssertSameTree(first, second);
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void A_build_under_another_culture_is_byte_identical(string culture)
    {
        using var site = new SiteFixture(SmallSite.Files());
        var invariant = site.Combine("out-invariant");
        var other = site.Combine("out-" + culture);
        Assert.True(site.Build(invariant).Succeeded);
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = info;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = info;
            Assert.True(site.Build(other).Succeeded);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = saved;
        }

        AssertSameTree(invariant, other);
    }

    [Fact]
    public void The_order_files_are_created_in_does_not_change_the_output()
    {
        using var forward = new SiteFixture(SmallSite.Files());
        using var backward = new SiteFixture(SmallSite.Files().Reverse().ToDictionary(StringComparer.Ordinal));
        Assert.True(forward.Build().Succeeded);
        Assert.True(backward.Build().Succeeded);
        AssertSameTree(forward.OutputRoot, backward.OutputRoot);
    }

    internal static void AssertSameTree(string expectedRoot, string actualRoot)
    {
        var expected = Files(expectedRoot);
        var actual = Files(actualRoot);
        Assert.Equal(expected, actual);
        foreach (var file in expected)
        {
            var a = File.ReadAllBytes(Path.Combine(expectedRoot, file));
            var b = File.ReadAllBytes(Path.Combine(actualRoot, file));
            Assert.True(a.AsSpan().SequenceEqual(b), file + " differs");
        }
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
