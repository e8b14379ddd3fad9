namespace StaticChronology.Pipeline;

/// <summary>What one rebuild of the preview did, for the console and the server.</summary>
/// <param name="FilesParsed">Input files read and parsed again because their bytes changed.</param>
/// <param name="PagesRendered">Pages rendered again; the others were kept from the last build.</param>
/// <param name="FullRender">True when a change reached every page (theme, settings, registries, sources, pages, the set of entries).</param>
public sealed record IncrementalResult(BuildResult Build, int FilesParsed, int PagesRendered, bool FullRender);
