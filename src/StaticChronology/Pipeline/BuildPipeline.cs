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
        // Unless the files are kept, Render also writes each file to the staging folder as it is made,
        // and Check works from what each file links to and the ids it has, not from its bytes.
        var input = Stage("load", timings, () => loader.Load(diagnostics));
        var chronology = input is null ? null : Stage("assemble", timings, () =>
            new ChronologyAssembler(ReadSeed(loader.RepositoryRoot)).Assemble(input, options.IncludeDrafts, diagnostics));
        var theme = Stage("theme", timings, () => ThemeTemplates.Load(options.ThemeRoot, display, diagnostics));
        var errorsBeforeRender = diagnostics.ErrorCount;
        if (chronology is null || theme is null)
        {
            Recover();
            return new BuildResult(diagnostics.ToSortedArray(), [], timings.ToImmutable(), chronology?.Entries.Length ?? 0);
        }

        var urls = new SiteUrls(options.BaseUrl ?? chronology.Settings.BaseUrl);
        var renderer = new SiteRenderer(theme, _markdown);
        var renderOptions = new RenderOptions(options.BaseUrl, options.IncludeDrafts, options.Progress);
        ImmutableArray<OutputFile> files = [];
        ImmutableArray<LinkScan> scans = [];
        using var site = options.WriteOutput && !options.KeepFiles ? SiteWriter.Begin(options.OutputRoot) : null;
        if (options.KeepFiles)
        {
            files = Stage("render", timings, () => renderer.Render(chronology, renderOptions, diagnostics));
        }
        else
        {
            // Each file is scanned for its links and ids and, in a build, written to the staging folder as
            // soon as it is rendered; only the scans are kept for the link check.
            var scanner = new LinkScanner();
            var made = new System.Collections.Concurrent.ConcurrentBag<(int Order, LinkScan Scan)>();
            scans = Stage("render", timings, () =>
            {
                renderer.Render(chronology, renderOptions, diagnostics, emit: (order, file) =>
                {
                    made.Add((order, scanner.Scan(file)));
                    site?.Add(file, diagnostics);
                });
                site?.Flush();
                return made.OrderBy(m => m.Order).Select(m => m.Scan).ToImmutableArray();
            });
        }

        // A page that failed to render is missing, so every link to it would be reported as broken too:
        // after a render error those reports say nothing new, and the render error is the one to fix.
        var anything = !files.IsEmpty || !scans.IsEmpty;
        if (anything && diagnostics.ErrorCount == errorsBeforeRender)
        {
            Stage("check", timings, () =>
            {
                if (options.KeepFiles)
                {
                    CollisionChecker.Check(files, diagnostics);
                    LinkChecker.Check(files, urls, diagnostics);
                }
                else
                {
                    CollisionChecker.Check(scans, diagnostics);
                    LinkChecker.Check(scans, urls, diagnostics);
                }

                return true;
            });
        }

        if (options.WriteOutput && anything && !diagnostics.HasErrors)
        {
            Stage("write", timings, () => site?.Commit() ?? SiteWriter.Write(options.OutputRoot, files, diagnostics));
        }
        else
        {
            // A staged site that is not committed is removed when it is disposed, on the way out.
            Recover();
        }

        return new BuildResult(diagnostics.ToSortedArray(), files, timings.ToImmutable(), chronology.Entries.Length,
            options.KeepFiles ? default : ImmutableArray<ISiteFile>.CastUp(scans));
    }

    private void Recover()
    {
        if (options.WriteOutput)
        {
            SiteWriter.Recover(options.OutputRoot);
        }
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
