using System.Collections.Immutable;
using System.Diagnostics;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;
using StaticChronology.Output;
using StaticChronology.Rendering;

namespace StaticChronology.Pipeline;

/// <summary>Runs the build's stages over an immutable model, collecting diagnostics instead of stopping at the first.</summary>
public sealed class BuildPipeline(BuildOptions options)
{
    private readonly MarkdownRenderer _markdown = new();

    public BuildResult Run()
    {
        var diagnostics = new DiagnosticBag();
        var timings = ImmutableArray.CreateBuilder<StageTiming>();
        var loader = new InputLoader(options.InputRoot, options.DisplayRoot);
        var display = (string path) => Display(path);

        // The stages, in execution order. Load parses every file independently and in parallel;
        // Assemble is the barrier that needs every entry; Render and Check work on the assembled
        // Chronology; Write swaps the finished site in only when nothing above reported an error.
        // The Markdown sanitizer is made on another thread while the input loads (render waits for it).
        _ = Task.Run(_markdown.Prepare);
        var input = Stage("load", timings, () => loader.Load(diagnostics));
        var chronology = input is null ? null : Stage("assemble", timings, () =>
            new ChronologyAssembler(ReadSeed(loader.RepositoryRoot)).Assemble(input, options.IncludeDrafts, diagnostics));
        var theme = Stage("theme", timings, () => ThemeTemplates.Load(options.ThemeRoot, display, diagnostics));
        var errorsBeforeRender = diagnostics.ErrorCount;
        var files = chronology is null || theme is null ? [] : Stage("render", timings, () =>
            new SiteRenderer(theme, _markdown).Render(chronology, new RenderOptions(options.BaseUrl, options.IncludeDrafts, options.Progress), diagnostics));

        // A page that failed to render is missing, so every link to it would be reported as broken too:
        // after a render error those reports say nothing new, and the render error is the one to fix.
        if (!files.IsEmpty && diagnostics.ErrorCount == errorsBeforeRender)
        {
            Stage("check", timings, () =>
            {
                CollisionChecker.Check(files, diagnostics);
                LinkChecker.Check(files, new SiteUrls(options.BaseUrl ?? chronology!.Settings.BaseUrl), diagnostics);
                return true;
            });
        }

        if (options.WriteOutput && !files.IsEmpty && !diagnostics.HasErrors)
        {
            Stage("write", timings, () => SiteWriter.Write(options.OutputRoot, files, diagnostics));
        }
        else if (options.WriteOutput)
        {
            SiteWriter.Recover(options.OutputRoot);
        }

        return new BuildResult(diagnostics.ToSortedArray(), files, timings.ToImmutable(), chronology?.Entries.Length ?? 0);
    }

    private static T Stage<T>(string name, ImmutableArray<StageTiming>.Builder timings, Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        timings.Add(new StageTiming(name, clock.Elapsed));
        return result;
    }

    /// <summary>Reads each seed once, however many quotes cite it.</summary>
    private static Func<string, string?> ReadSeed(string repositoryRoot)
    {
        var cache = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        return seed => cache.GetOrAdd(seed, s =>
        {
            var path = Path.Combine(repositoryRoot, s);
            return File.Exists(path) && RepositoryPaths.IsFreeOfLinks(repositoryRoot, s) ? TextDecoder.NormaliseLineEndings(File.ReadAllText(path)) : null;
        });
    }

    private string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(options.DisplayRoot), fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }
}
