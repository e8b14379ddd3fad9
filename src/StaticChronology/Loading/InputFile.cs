using StaticChronology.Model;

namespace StaticChronology.Loading;

/// <summary>An input file found on disk, classified, with the id its name gives it.</summary>
/// <param name="Id">The file name without extension, for entries, sources and pages.</param>
/// <param name="YearFolder">For entries, the <c>entries/&lt;yyyy&gt;</c> folder it sits in.</param>
public sealed record InputFile(InputFileKind Kind, string FullPath, string DisplayPath, string? Id, string? YearFolder, RegistryKind Registry);
