namespace StaticChronology.Diagnostics;

/// <summary>How serious a diagnostic is; any <see cref="Error"/> fails the build.</summary>
public enum Severity
{
    Warning,
    Error,
}
