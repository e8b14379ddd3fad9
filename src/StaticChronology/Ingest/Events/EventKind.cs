namespace StaticChronology.Ingest.Events;

/// <summary>The kind of happening a dated clause reports; it shapes the entry's title and decides what may merge.</summary>
public enum EventKind
{
    Other,
    Statement,
    Call,
    Meeting,
    Visit,
    Military,

    /// <summary>A decision or an agreement: suspended, approved, signed, called off.</summary>
    Decision,
}
