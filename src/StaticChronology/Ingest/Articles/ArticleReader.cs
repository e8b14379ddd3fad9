namespace StaticChronology.Ingest.Articles;

/// <summary>Cleans a plain-text news article into its title, stated dates, dateline, byline and paragraphs.</summary>
/// <remarks>
/// Furniture goes first (<see cref="FurnitureFilter"/>), so the header rules never mistake a
/// newsletter name for a title. Then one walk in file order: the first line is the title if it reads
/// like one; before the body starts, stamps, bylines and kickers that repeat the title are header;
/// anywhere, a line that is nothing but a stamp is metadata and a caption is a caption. The first body
/// paragraph may open with a dateline, which is cut off the text. Every line that is not a paragraph
/// is returned with its reason, so nothing leaves the article silently.
/// </remarks>
public static class ArticleReader
{
    private static readonly char[] Separators = ['|', '·', '•'];

    public static Article Read(string path, string text)
    {
        var lines = SourceLine.Split(text);
        var reasons = FurnitureFilter.Find(lines);
        var removed = new List<RemovedLine>();
        var paragraphs = new List<Paragraph>();
        var stamps = new List<PublicationStamp>();
        var updates = new List<PublicationStamp>();
        string? title = null;
        string? byline = null;
        string? dateline = null;
        PublicationStamp? datelineStamp = null;
        var bodyStarted = false;

        foreach (var line in lines)
        {
            if (reasons.TryGetValue(line.Number, out var reason))
            {
                Remove(removed, line, reason);
                continue;
            }

            if (ReadMetadata(line, stamps, updates, ref byline, bodyStarted) is { } metadata)
            {
                Remove(removed, line, metadata);
                continue;
            }

            if (title is null && paragraphs.Count == 0 && HeaderRules.IsTitleLike(line.Text) && !CaptionRules.IsCaption(line.Text) && DatelineParser.Parse(line.Text, line.Number) is null)
            {
                title = line.Text;
                Remove(removed, line, "title");
                continue;
            }

            if (!bodyStarted && HeaderRules.RepeatsTitle(line.Text, title))
            {
                Remove(removed, line, "repeats the title");
                continue;
            }

            if (CaptionRules.IsCaption(line.Text))
            {
                paragraphs.Add(new Paragraph(line.Text, line.Number, ParagraphKind.Caption) { Column = line.Column });
                continue;
            }

            if (LineShapes.IsHeadingLike(line.Text))
            {
                paragraphs.Add(new Paragraph(line.Text, line.Number, ParagraphKind.Subheading) { Column = line.Column });
                continue;
            }

            var body = line.Text;
            var column = line.Column;
            if (!bodyStarted && DatelineParser.Parse(body, line.Number) is { } wire)
            {
                dateline = wire.Place;
                datelineStamp = wire.Stamp is { } s ? s with { Line = line.Number } : null;
                body = body[wire.Length..];
                column += wire.Length;
            }

            bodyStarted = true;
            paragraphs.Add(new Paragraph(body, line.Number, ParagraphKind.Body) { Column = column });
        }

        // A full stated date beats a wire dateline's year-less one; the first of each kind wins.
        var published = stamps.FirstOrDefault(s => s.Year is not null) ?? datelineStamp ?? stamps.FirstOrDefault();
        return new Article(path, title, published, updates.FirstOrDefault(), dateline, byline, paragraphs, removed);
    }

    /// <summary>A removed paragraph is listed line by line, so every line of the file appears once.</summary>
    private static void Remove(List<RemovedLine> removed, SourceLine line, string reason) =>
        removed.AddRange(line.Physical().Select(p => new RemovedLine(p.Number, p.Text, reason)));

    /// <summary>Reads a line made only of stamps and bylines (perhaps joined by bars or dots); returns the reason to remove it, or null.</summary>
    private static string? ReadMetadata(SourceLine line, List<PublicationStamp> stamps, List<PublicationStamp> updates, ref string? byline, bool bodyStarted)
    {
        // "Posted on February 7, 2031 by Karl Wendt" joins a stamp and a byline with "by".
        var segments = line.Text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(HeaderRules.SplitTrailingByline)
            .ToArray();
        if (segments.Length == 0 || LineShapes.Words(line.Text).Length > 30)
        {
            return null;
        }

        var found = new List<(PublicationStamp Stamp, bool Update)>();
        string? name = null;
        foreach (var segment in segments)
        {
            if (PublicationStampParser.TryParseLine(segment, line.Number, out var stamp, out var update))
            {
                found.Add((stamp, update));
            }
            else if (!bodyStarted && name is null && HeaderRules.Byline(segment) is { } b)
            {
                name = b;
            }
            else if (name is not null && LineShapes.Words(segment).Length <= 4)
            {
                // "By Jane Roe | Reuters": the outlet or role after a byline belongs to it.
                name += ", " + segment;
            }
            else
            {
                return null;
            }
        }

        stamps.AddRange(found.Where(f => !f.Update).Select(f => f.Stamp));
        updates.AddRange(found.Where(f => f.Update).Select(f => f.Stamp));
        byline ??= name;
        return (found.Count, name) switch
        {
            (0, _) => "byline",
            (_, null) => found.All(f => f.Update) ? "update stamp" : found.Any(f => f.Update) ? "publication and update stamps" : "publication stamp",
            _ => "byline and stamp",
        };
    }
}
