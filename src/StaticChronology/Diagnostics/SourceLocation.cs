namespace StaticChronology.Diagnostics;

/// <summary>A one-based position in an input file, written as <c>path:line:col</c>.</summary>
/// <param name="Path">The path relative to the repository or input root, with forward slashes.</param>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    /// <summary>A location for a whole file, when no finer position exists.</summary>
    public static SourceLocation FileStart(string path) => new(path, 1, 1);

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}");
}
