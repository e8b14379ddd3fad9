namespace StaticChronology.Rendering;

/// <summary>How many of a render's pages are done; reported from any worker, once per page.</summary>
public readonly record struct RenderProgress(int Rendered, int Total);
