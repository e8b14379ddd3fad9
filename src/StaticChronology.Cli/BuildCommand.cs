using System.Diagnostics;
using System.Globalization;
using StaticChronology.Pipeline;

namespace StaticChronology.Cli;

/// <summary><c>chrono build</c> and <c>chrono check</c>: run the pipeline, print every diagnostic, then a short summary.</summary>
public static class BuildCommand
{
    /// <param name="terminal">Whether stdout is a terminal, where progress is one line rewritten in place rather than a line per tenth.</param>
    public static int Run(CommandOptions options, bool write, TextWriter stdout, TextWriter stderr, bool terminal = false)
    {
        var clock = Stopwatch.StartNew();
        var pipeline = new BuildPipeline(new BuildOptions(
            options.Input,
            options.Theme,
            options.Output,
            Directory.GetCurrentDirectory(),
            options.BaseUrl,
            WriteOutput: write,
            Progress: new BuildProgress(stdout, terminal, () => clock.Elapsed),
            KeepFiles: false));
        var result = pipeline.Run();
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var ms = (TimeSpan t) => ((int)Math.Round(t.TotalMilliseconds)).ToString(CultureInfo.InvariantCulture) + " ms";
        var verb = write ? "Built" : "Checked";
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {result.EntryCount} entries in {ms(clock.Elapsed)}"));
        if (write && result.Succeeded)
        {
            stdout.WriteLine("  pages:    " + string.Join(", ", result.FilesByKind.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Kind} {k.Count}"))));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  output:   {result.Made.Length} files in {options.Output}/"));
        }

        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  problems: {result.ErrorCount} errors, {result.WarningCount} warnings"));
        stdout.WriteLine("  stages:   " + string.Join(", ", result.Timings.Select(t => t.Stage + " " + ms(t.Elapsed))));
        if (!result.Succeeded)
        {
            stderr.WriteLine(write ? "Build failed: the previous output was left as it was." : "Check failed.");
        }

        return result.Succeeded ? 0 : 1;
    }
}
