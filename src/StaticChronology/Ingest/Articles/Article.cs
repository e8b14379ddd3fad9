namespace StaticChronology.Ingest.Articles;

/// <summary>A plain-text news article cleaned into its parts: what the outlet states about it, and its body.</summary>
/// <param name="Path">The article's path as given to the reader, used in diagnostics and to cite it.</param>
/// <param name="Title">The headline, or null when the first line is already body text.</param>
/// <param name="Published">The publication date the article states; null when it states none (it is never guessed).</param>
/// <param name="Updated">The last update the article states, kept apart because it does not date the first report.</param>
/// <param name="Dateline">The place that opens the first paragraph ("WASHINGTON"), without the date or agency.</param>
/// <param name="Paragraphs">Body text, subheadings and captions in file order; site furniture is not among them.</param>
/// <param name="RemovedLines">Every non-empty line that is not a paragraph, with why, so a debug listing accounts for the whole file.</param>
public sealed record Article(
    string Path,
    string? Title,
    PublicationStamp? Published,
    PublicationStamp? Updated,
    string? Dateline,
    string? Byline,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<RemovedLine> RemovedLines);
