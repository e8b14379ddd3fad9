namespace StaticChronology.Ingest.Articles;

/// <summary>What a kept paragraph is: only body text reports events.</summary>
public enum ParagraphKind
{
    /// <summary>Running text of the article.</summary>
    Body,

    /// <summary>A short heading between body paragraphs; its words are the outlet's, not a report.</summary>
    Subheading,

    /// <summary>A photo caption or credit: its dates are evidence for the publication date, never events.</summary>
    Caption,
}
