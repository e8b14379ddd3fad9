namespace StaticChronology.Loading;

/// <summary>An input file's text, decoded and with line endings normalised to LF, and its path for diagnostics.</summary>
/// <param name="Path">The path as reported in diagnostics: relative to the input root's parent, forward slashes.</param>
public sealed record SourceText(string Path, string Text);
