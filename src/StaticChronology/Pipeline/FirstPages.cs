using StaticChronology.Rendering;

namespace StaticChronology.Pipeline;

/// <summary>
/// Pages a rebuild should finish before the rest of the site: in the preview, the pages open in browsers, so
/// the one being looked at can be shown while the home page, the term pages and the data files are made.
/// </summary>
/// <param name="Urls">The pages' site URLs (<c>/entries/2022-01-10-geneva-talks/</c>).</param>
/// <param name="Ready">
/// Told, on the rebuilding thread, the pages among them that were rendered again, once their links are
/// checked. It is not told when nothing among them changed, when the last build failed, when anything so far
/// in this one failed, when one of the pages has a broken link, or when the change reaches every page: then
/// only the whole rebuild tells.
/// </param>
public sealed record FirstPages(IReadOnlySet<string> Urls, Action<IReadOnlyList<OutputFile>> Ready);
