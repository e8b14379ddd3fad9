namespace StaticChronology.Ingest.Output;

/// <summary>A file the ingest wants in the input folder.</summary>
/// <param name="RelativePath">Under the input folder, forward slashes: <c>entries/2022/2022-01-21-x.yml</c>.</param>
/// <param name="Origins">The articles it was made from, named in the file's marker line.</param>
/// <param name="Body">The YAML, without the marker lines.</param>
public sealed record PlannedFile(string RelativePath, IReadOnlyList<string> Origins, string Body);
