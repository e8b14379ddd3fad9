using StaticChronology.Diagnostics;
using StaticChronology.Rendering;

namespace StaticChronology.Output;

/// <summary>Refuses two outputs at one path, including paths that differ only by case (they collide on macOS and Windows).</summary>
public static class CollisionChecker
{
    public static void Check<T>(IReadOnlyList<T> files, DiagnosticBag diagnostics)
        where T : ISiteFile
    {
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UrlCollision,
                    other.Origin ?? SourceLocation.FileStart(other.Path),
                    $"renders to {other.Path}, which {Describe(first)} also renders to",
                    "rename one of them so each has its own URL"));
            }
        }
    }

    private static string Describe(ISiteFile file) =>
        file.Origin is { } origin ? origin.Path : "the " + file.Kind + " page";
}
