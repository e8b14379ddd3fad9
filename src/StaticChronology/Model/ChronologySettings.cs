namespace StaticChronology.Model;

/// <summary>The site-wide settings from <c>chronology.yml</c>.</summary>
/// <param name="BaseUrl">Absolute, ending in a slash.</param>
/// <param name="Language">A BCP 47 tag for the <c>lang</c> attribute.</param>
public sealed record ChronologySettings(
    string Title,
    string? Description,
    string BaseUrl,
    string Language,
    string? Timezone);
