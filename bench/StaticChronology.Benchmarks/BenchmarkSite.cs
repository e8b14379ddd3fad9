using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Generate;
using StaticChronology.Loading;
using StaticChronology.Pipeline;
using StaticChronology.Rendering;

namespace StaticChronology.Benchmarks;

/// <summary>A synthetic chronology written to a temporary folder, with the repository's theme, shared by the benchmarks' setups.</summary>
public sealed class BenchmarkSite
{
    public BenchmarkSite(int entries)
    {
        Root = Path.Combine(Path.GetTempPath(), "chrono-bench-" + entries.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Chronology = new SyntheticChronology(entries);
        ChronologyInputWriter.Write(Chronology, Root);
        ThemeRoot = Path.Combine(FindRepositoryRoot(), "theme");
    }

    public string Root { get; }

    public string InputRoot => Path.Combine(Root, "input");

    public string ThemeRoot { get; }

    public SyntheticChronology Chronology { get; }

    public BuildOptions Options(string output) => new(InputRoot, ThemeRoot, output, Root);

    /// <summary>Loads and assembles the chronology the way a build does; fails loudly if the input has errors.</summary>
    public Assembly.Chronology Assemble()
    {
        var diagnostics = new DiagnosticBag();
        var loader = new InputLoader(InputRoot, Root);
        var input = loader.Load(diagnostics) ?? throw new InvalidOperationException("the synthetic input did not load");
        var chronology = new ChronologyAssembler(seed => File.ReadAllText(Path.Combine(Root, seed))).Assemble(input, includeDrafts: false, diagnostics);
        return diagnostics.HasErrors ? throw new InvalidOperationException("the synthetic input has errors") : chronology;
    }

    public ThemeTemplates Theme() =>
        ThemeTemplates.Load(ThemeRoot, p => p, new DiagnosticBag()) ?? throw new InvalidOperationException("the theme did not load");

    public void Delete()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    /// <summary>BenchmarkDotNet runs a copy of this project from deep inside its bin folder; the theme is found by walking up.</summary>
    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "theme", "layouts", "baseof.html")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the repository's theme folder was not found above " + AppContext.BaseDirectory);
    }
}
