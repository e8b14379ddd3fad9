using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace StaticChronology.Diagnostics;

/// <summary>Collects diagnostics from stages that may run in parallel; nothing is thrown.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    /// <summary>Whether any diagnostic with <paramref name="code"/> has been added.</summary>
    public bool Has(string code) => _items.Any(d => d.Code == code);

    /// <summary>All diagnostics in a total order (path, line, column, code, message, severity, hint), so reports are stable across runs.</summary>
    /// <remarks>Severity and hint break the last ties: parallel stages add in any order, and a stable sort would keep it.</remarks>
    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. _items.OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Severity)
            .ThenBy(d => d.Hint, StringComparer.Ordinal)];
}
