using System.Globalization;

namespace StaticChronology.Diagnostics;

/// <summary>One problem found in the input, reported as <c>path:line:col: error CODE: message</c>.</summary>
/// <param name="Hint">How to fix it, when there is more to say than the message.</param>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Error, code, location, message, hint);

    public static Diagnostic Warning(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Warning, code, location, message, hint);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var text = string.Create(CultureInfo.InvariantCulture, $"{Location}: {severity} {Code}: {Message}");
        return Hint is null ? text : text + " (" + Hint + ")";
    }
}
