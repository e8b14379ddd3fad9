namespace StaticChronology.Rendering;

/// <summary>What a render needs besides the chronology and the theme.</summary>
/// <param name="BaseUrl">The published site's absolute URL; overrides <c>base_url</c> from chronology.yml when set.</param>
/// <param name="Preview">True in the preview server: drafts are shown and templates may add preview-only markup.</param>
/// <param name="Progress">Told after each page, from the worker that rendered it.</param>
/// <param name="First">
/// Site URLs of pages to make before every other page and file: in the preview, the pages open in browsers.
/// </param>
/// <param name="FirstDone">
/// Told the files of <see cref="First"/>'s pages once they are made and before anything else is, on the
/// calling thread; not told when one of them failed to render.
/// </param>
/// <param name="Only">
/// Site URLs of the only pages to list and render, for a rebuild that knows which pages a change reaches. The render
/// then returns those pages and the files that carry every entry; the caller keeps every other file from before.
/// </param>
public sealed record RenderOptions(
    string? BaseUrl = null,
    bool Preview = false,
    IProgress<RenderProgress>? Progress = null,
    IReadOnlySet<string>? First = null,
    Action<IReadOnlyList<OutputFile>>? FirstDone = null,
    IReadOnlySet<string>? Only = null);
