using System.Text.RegularExpressions;
using StaticChronology.Diagnostics;
using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>Walks the input folder without following links and sorts what it finds into <see cref="InputFile"/>s.</summary>
/// <remarks>
/// A symbolic link, to a file or a folder, is reported and never read or entered, so a pull request
/// cannot make the build read files outside the repository. Files come out in ordinal path order
/// whatever order the file system lists them in.
/// </remarks>
public static partial class InputFileFinder
{
    public static IReadOnlyList<InputFile> Find(string inputRoot, Func<string, string> display, DiagnosticBag diagnostics)
    {
        var found = new List<InputFile>();
        Walk(inputRoot, inputRoot, display, diagnostics, found);
        found.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return found;
    }

    private static void Walk(string root, string folder, Func<string, string> display, DiagnosticBag diagnostics, List<InputFile> found)
    {
        var children = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions
        {
            RecurseSubdirectories = false,
            AttributesToSkip = 0,
            IgnoreInaccessible = false,
            ReturnSpecialDirectories = false,
        }).OrderBy(c => c.Name, StringComparer.Ordinal);

        foreach (var child in children)
        {
            var shown = display(child.FullName);
            if (child.LinkTarget is not null || child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.LinkedFile, SourceLocation.FileStart(shown),
                    "symbolic links are not read in the input folder", "replace the link with the file itself"));
                continue;
            }

            if (child.Name.StartsWith('.'))
            {
                // Editors' and systems' hidden files (.DS_Store, .swp, .gitkeep) are not input; a hidden
                // entry or page is more likely a mistake than an intent, so it is named.
                if (child.Name.EndsWith(".yml", StringComparison.Ordinal) || child.Name.EndsWith(".md", StringComparison.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UnexpectedFile, SourceLocation.FileStart(shown),
                        "hidden file is not read", "remove the leading '.' from the name to include it"));
                }

                continue;
            }

            if (child is DirectoryInfo)
            {
                Walk(root, child.FullName, display, diagnostics, found);
                continue;
            }

            var relative = Path.GetRelativePath(root, child.FullName).Replace('\\', '/');
            if (Classify(relative, child.FullName, shown, diagnostics) is { } file)
            {
                found.Add(file);
            }
        }
    }

    private static InputFile? Classify(string relative, string full, string shown, DiagnosticBag diagnostics)
    {
        var parts = relative.Split('/');
        switch (parts)
        {
            case ["chronology.yml"]:
                return new InputFile(InputFileKind.Settings, full, shown, null, null, default);
            case ["people.yml"]:
                return new InputFile(InputFileKind.Registry, full, shown, null, null, RegistryKind.Person);
            case ["places.yml"]:
                return new InputFile(InputFileKind.Registry, full, shown, null, null, RegistryKind.Place);
            case ["organizations.yml"]:
                return new InputFile(InputFileKind.Registry, full, shown, null, null, RegistryKind.Organization);
            case ["sources", var name]:
                return Named(InputFileKind.Source, name, ".yml", full, shown, null, diagnostics);
            case ["pages", var name]:
                return Named(InputFileKind.Page, name, ".md", full, shown, null, diagnostics);
            case ["entries", var year, var name] when YearPattern().IsMatch(year):
                return Named(InputFileKind.Entry, name, ".yml", full, shown, year, diagnostics);
            case ["entries", var year, _]:
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadFileName, SourceLocation.FileStart(shown),
                    $"'{year}' is not a year folder", "entries live in entries/<yyyy>/<id>.yml, the year of the entry's date"));
                return null;
        }

        var isData = relative.EndsWith(".yml", StringComparison.Ordinal) || relative.EndsWith(".yaml", StringComparison.Ordinal) || relative.EndsWith(".md", StringComparison.Ordinal);
        diagnostics.Add(new Diagnostic(isData ? Severity.Error : Severity.Warning, DiagnosticCodes.UnexpectedFile, SourceLocation.FileStart(shown),
            "file is not in a place the build reads, so it is ignored",
            "entries go in entries/<yyyy>/<id>.yml, sources in sources/<id>.yml, pages in pages/<name>.md"));
        return null;
    }

    private static InputFile? Named(InputFileKind kind, string name, string extension, string full, string shown, string? year, DiagnosticBag diagnostics)
    {
        var id = name.EndsWith(extension, StringComparison.Ordinal) ? name[..^extension.Length] : null;
        if (id is not null && Ids.IsValid(id))
        {
            return new InputFile(kind, full, shown, id, year, default);
        }

        var suggestion = Ids.Slugify(id ?? Path.GetFileNameWithoutExtension(name));
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.BadFileName, SourceLocation.FileStart(shown),
            $"file name '{name}' is not allowed: the name is the id and must end in '{extension}'",
            Ids.Rule + (Ids.IsValid(suggestion) ? $"; for example '{suggestion}{extension}'" : string.Empty)));
        return null;
    }

    [GeneratedRegex("^[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
