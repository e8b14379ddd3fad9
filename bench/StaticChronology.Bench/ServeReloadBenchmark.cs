using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using StaticChronology.Cli;
using StaticChronology.Cli.Serve;
using StaticChronology.Pipeline;

namespace StaticChronology.Bench;

/// <summary>
/// Starts the preview server on a generated chronology, changes one entry's title at a time and measures the
/// time from the file write to the reload message on a page's WebSocket: what a writer waits for.
/// </summary>
internal static class ServeReloadBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var entries = Option(args, "--entries", 10_000);
        var edits = Option(args, "--edits", 40);
        const int WarmUp = 5;
        var repository = FindRepository();
        output.WriteLine($"Generating {entries} entries…");
        using var site = new GeneratedChronology(repository, entries);

        var build = new CommandOptions(site.InputRoot, site.ThemeRoot, Path.Combine(site.Root, "output"), null, []);
        var options = new ServeOptions(build, "127.0.0.1", 0, Open: false, ServeOptions.DefaultQuiet);
        var results = new List<IncrementalResult>();
        var first = Stopwatch.StartNew();
        await using var server = await PreviewServer.StartAsync(options, TextWriter.Null, TextWriter.Null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First build and start: {first.ElapsedMilliseconds} ms, {server.Site.Files.Count} files"));
        if (server.Site.IsBroken || server.Site.Files.Count == 0)
        {
            output.WriteLine("The generated chronology did not build.");
            return 1;
        }

        server.Rebuilt += result =>
        {
            lock (results)
            {
                results.Add(result);
            }
        };

        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        await socket.ConnectAsync(new Uri($"ws://{server.Address.Authority}{PageDecorator.SocketPath}"), CancellationToken.None);

        var random = new Random(1);
        var times = new List<double>();
        var cpu = new List<double>();
        var pauses = new List<double>();
        var fullCollections = 0;
        using var process = Process.GetCurrentProcess();
        var buffer = new byte[256];
        for (var edit = 0; edit < WarmUp + edits; edit++)
        {
            var i = random.Next(entries);
            var text = site.EntryText(i, new Random(i), string.Create(CultureInfo.InvariantCulture, $"Edited title {edit} of event {i}"));
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var pauseStart = GC.GetTotalPauseDuration();
            var gen2Start = GC.CollectionCount(2);
            var start = Stopwatch.GetTimestamp();
            await File.WriteAllTextAsync(site.PathOf(i), text);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await socket.ReceiveAsync(buffer, timeout.Token);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            process.Refresh();
            if (edit >= WarmUp)
            {
                times.Add(elapsed);
                cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
                pauses.Add((GC.GetTotalPauseDuration() - pauseStart).TotalMilliseconds);
                fullCollections += GC.CollectionCount(2) - gen2Start;
            }
        }

        List<IncrementalResult> measured;
        lock (results)
        {
            measured = results.Skip(WarmUp).ToList();
        }

        if (measured.Any(r => !r.Build.Succeeded))
        {
            output.WriteLine("A rebuild failed: " + string.Join('\n', measured.First(r => !r.Build.Succeeded).Build.Diagnostics.Take(5)));
            return 1;
        }

        times.Sort();
        cpu.Sort();
        pauses.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve-reload: {entries} entries, {times.Count} edits, debounce {ServeOptions.DefaultQuiet.TotalMilliseconds} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  file change → reload message: median {Percentile(times, 0.5):F1} ms, p90 {Percentile(times, 0.9):F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  processor time per edit (both cores, all threads): median {Percentile(cpu, 0.5):F1} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  garbage collection per edit: median pause {Percentile(pauses, 0.5):F1} ms, {(double)fullCollections / times.Count:F2} full collections"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  machine load average while measuring: {LoadAverage()}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  pages rendered per edit: median {Percentile([.. measured.Select(r => (double)r.PagesRendered).Order()], 0.5):F0}, files parsed: {measured.Max(r => r.FilesParsed)}"));
        foreach (var stage in measured[0].Build.Timings.Select(t => t.Stage))
        {
            var stageTimes = measured.Select(r => r.Build.Timings.First(t => t.Stage == stage).Elapsed.TotalMilliseconds).Order().ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stage {stage,-8} median {Percentile(stageTimes, 0.5):F1} ms"));
        }

        return 0;
    }

    /// <summary>Other work on the machine slows every figure above; the load average says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "unknown";

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticChronology.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmark from inside the repository");
    }
}
