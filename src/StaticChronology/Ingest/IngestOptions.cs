namespace StaticChronology.Ingest;

/// <summary>What <c>chrono ingest</c> reads and where it writes.</summary>
/// <param name="InputRoot">The input folder that receives <c>sources/</c> and <c>entries/</c>.</param>
/// <param name="RepositoryRoot">The folder article paths (<c>seed:</c>) are relative to.</param>
/// <param name="Paths">Article files or folders of them (<c>*.txt</c>).</param>
/// <param name="DryRun">Report what would change without writing.</param>
public sealed record IngestOptions(string InputRoot, string RepositoryRoot, IReadOnlyList<string> Paths, bool DryRun = false);
