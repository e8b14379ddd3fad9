using StaticChronology.Pipeline;

namespace StaticChronology.Tests.Support;

/// <summary>
/// A site built from files written by the test (the repository's theme unless the test writes one),
/// in the shape of Hugo's txtar integration tests: the input is in the test, the assertions are on the output.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    private readonly TempFolder _root = new();

    public SiteFixture(IReadOnlyDictionary<string, string> files, string? theme = null)
    {
        foreach (var (path, text) in files)
        {
            Write(path, text);
        }

        ThemeRoot = theme ?? Repository.Theme;
    }

    public string Root => _root.Path;

    public string InputRoot => _root.Combine("input");

    public string OutputRoot => _root.Combine("output");

    public string ThemeRoot { get; }

    public void Write(string relativePath, string text)
    {
        var path = _root.Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Delete(string relativePath) => File.Delete(_root.Combine(relativePath));

    public string Combine(string relativePath) => _root.Combine(relativePath);

    public BuildResult Build(string? output = null, bool write = true, string? baseUrl = null) =>
        new BuildPipeline(new BuildOptions(InputRoot, ThemeRoot, output ?? OutputRoot, Root, baseUrl, WriteOutput: write)).Run();

    public string ReadOutput(string relativePath, string? output = null) =>
        File.ReadAllText(System.IO.Path.Combine(output ?? OutputRoot, relativePath));

    public void Dispose() => _root.Dispose();
}
