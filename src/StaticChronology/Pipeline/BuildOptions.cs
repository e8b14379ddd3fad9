namespace StaticChronology.Pipeline;

/// <summary>Where a build reads and writes, and how.</summary>
/// <param name="DisplayRoot">Diagnostics show paths relative to this folder (the current directory for the CLI).</param>
/// <param name="WriteOutput">False for <c>chrono check</c>: every stage runs but nothing is written.</param>
/// <param name="IncludeDrafts">True in the preview server, so drafts can be seen before they are published.</param>
/// <param name="Progress">Told as pages are rendered, for long builds on a terminal or in CI.</param>
/// <param name="KeepFiles">
/// True to hold every generated file in memory and return it in <see cref="BuildResult.Files"/>; false to
/// write each file as it is made and keep only what the link check needs, as <c>chrono build</c> does, so
/// memory does not grow with the size of the site.
/// </param>
public sealed record BuildOptions(
    string InputRoot,
    string ThemeRoot,
    string OutputRoot,
    string DisplayRoot,
    string? BaseUrl = null,
    bool WriteOutput = true,
    bool IncludeDrafts = false,
    IProgress<Rendering.RenderProgress>? Progress = null,
    bool KeepFiles = true);
