namespace StaticChronology.Assembly;

/// <summary>A tag used by at least one entry; tags need no registry, their name is their id.</summary>
public sealed record TagInfo(string Id)
{
    /// <summary>The id with hyphens read as spaces: <c>military-buildup</c> shows as "military buildup".</summary>
    public string Name => Id.Replace('-', ' ');
}
