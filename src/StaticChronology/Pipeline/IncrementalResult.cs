namespace StaticChronology.Pipeline;

/// <summary>What one rebuild of the preview did, for the console and the server.</summary>
/// <param name="FilesParsed">Input files read and parsed again because their bytes changed.</param>
/// <param name="PagesRendered">Pages rendered again; the others were kept from the last build.</param>
/// <param name="FullRender">True when a change reached every page (theme, settings, registries, sources, pages, the set of entries).</param>
/// <param name="FilesByPath">The files by output path when the build succeeded, else empty; never changed afterwards.</param>
public sealed record IncrementalResult(BuildResult Build, int FilesParsed, int PagesRendered, bool FullRender, IReadOnlyDictionary<string, Rendering.OutputFile> FilesByPath);
