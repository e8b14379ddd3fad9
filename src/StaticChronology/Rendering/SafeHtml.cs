namespace StaticChronology.Rendering;

/// <summary>HTML that the generator made or sanitised itself; templates write it as is, everything else is escaped.</summary>
public sealed record SafeHtml(string Value)
{
    public static readonly SafeHtml Empty = new(string.Empty);

    public override string ToString() => Value;
}
