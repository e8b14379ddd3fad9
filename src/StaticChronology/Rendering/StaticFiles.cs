using System.Reflection;
using StaticChronology.Diagnostics;

namespace StaticChronology.Rendering;

/// <summary>Files copied into the site as they are: the theme's <c>static/</c> folder and the published JSON Schemas.</summary>
public static class StaticFiles
{
    public static IEnumerable<OutputFile> Collect(string folder, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var files = new List<OutputFile>();
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (relative.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            if (new FileInfo(path).LinkTarget is not null)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LinkedFile, SourceLocation.FileStart(path), "symbolic links are not copied from the theme"));
                continue;
            }

            files.Add(new OutputFile(relative, File.ReadAllBytes(path), "static", null));
        }

        return files;
    }

    /// <summary>The JSON Schemas of the input format, embedded in the library so they always match the loader.</summary>
    public static IEnumerable<OutputFile> Schemas()
    {
        var assembly = typeof(StaticFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var fileName = name[(name.IndexOf("Schema.", StringComparison.Ordinal) + "Schema.".Length)..];
            yield return new OutputFile("schema/" + fileName, memory.ToArray(), "schema", null);
        }
    }
}
