namespace StaticChronology.Tests.Support;

/// <summary>Assertions over diagnostics written as <c>path:line:col: error CODE: message (hint)</c>.</summary>
public static class Expect
{
    /// <summary>Exactly one diagnostic was reported: it starts with <paramref name="prefix"/> and contains every fragment.</summary>
    public static void Only(IReadOnlyList<string> diagnostics, string prefix, params string[] fragments)
    {
        Assert.True(diagnostics.Count == 1, "expected exactly one diagnostic, got:\n" + Listing(diagnostics));
        Has(diagnostics, prefix, fragments);
    }

    /// <summary>At least one diagnostic starts with <paramref name="prefix"/> and contains every fragment.</summary>
    public static void Has(IReadOnlyList<string> diagnostics, string prefix, params string[] fragments)
    {
        var found = diagnostics.Any(d =>
            d.StartsWith(prefix, StringComparison.Ordinal) &&
            fragments.All(f => d.Contains(f, StringComparison.Ordinal)));
        Assert.True(found, $"expected a diagnostic starting with \"{prefix}\" containing [{string.Join(" | ", fragments)}], got:\n" + Listing(diagnostics));
    }

    /// <summary>No diagnostic at all, listing them if there are some.</summary>
    public static void None(IReadOnlyList<string> diagnostics) =>
        Assert.True(diagnostics.Count == 0, "expected no diagnostics, got:\n" + Listing(diagnostics));

    /// <summary>No diagnostic carries <paramref name="code"/>.</summary>
    public static void NoCode(IReadOnlyList<string> diagnostics, string code) =>
        Assert.False(diagnostics.Any(d => d.Contains(" " + code + ":", StringComparison.Ordinal)), $"expected no {code}, got:\n" + Listing(diagnostics));

    private static string Listing(IReadOnlyList<string> diagnostics) =>
        diagnostics.Count == 0 ? "(none)" : string.Join("\n", diagnostics);
}
