namespace StaticChronology.Loading;

/// <summary>What an input file is, decided by where it sits in the input folder.</summary>
public enum InputFileKind
{
    Settings,
    Registry,
    Source,
    Entry,
    Page,
}
