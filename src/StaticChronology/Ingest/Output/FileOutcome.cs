namespace StaticChronology.Ingest.Output;

/// <summary>What the ingest did with one file.</summary>
public enum FileAction
{
    Created,
    Updated,
    Unchanged,

    /// <summary>A person wrote or edited the file since the ingest made it: it is not touched.</summary>
    LeftAlone,

    /// <summary>The ingest made it earlier, nobody edited it, and the ingest no longer produces it.</summary>
    Removed,
}

public sealed record FileOutcome(string RelativePath, FileAction Action);
