namespace StaticChronology.Pipeline;

/// <summary>Where a build reads and writes, and how.</summary>
/// <param name="DisplayRoot">Diagnostics show paths relative to this folder (the current directory for the CLI).</param>
/// <param name="WriteOutput">False for <c>chrono check</c>: every stage runs but nothing is written.</param>
/// <param name="IncludeDrafts">True in the preview server, so drafts can be seen before they are published.</param>
/// <param name="Progress">Told as pages are rendered, for long builds on a terminal or in CI.</param>
public sealed record BuildOptions(
    string InputRoot,
    string ThemeRoot,
    string OutputRoot,
    string DisplayRoot,
    string? BaseUrl = null,
    bool WriteOutput = true,
    bool IncludeDrafts = false,
    IProgress<Rendering.RenderProgress>? Progress = null);
