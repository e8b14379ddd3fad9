using System.Diagnostics;
using System.Globalization;
using StaticChronology.Cli;
using StaticChronology.Cli.Serve;
using StaticChronology.Pipeline;

namespace StaticChronology.Bench;

/// <summary>
/// Starts the preview server on a generated chronology, changes one entry's title at a time and measures the
/// time from the file write to the reload message on the WebSocket of a page open that shows the entry (what a
/// writer waits for), and to the end of the rebuild of the whole site.
/// </summary>
internal static class ServeReloadBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var entries = Option(args, "--entries", 10_000);
        var edits = Option(args, "--edits", 40);
        // The edits before those measured in each pass; the JIT keeps optimising the rebuild's code for the first hundred or so.
        var warmUp = Option(args, "--warm-up", 5);
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

        TaskCompletionSource<long> settled = new();
        server.Rebuilt += result =>
        {
            var at = Stopwatch.GetTimestamp();
            lock (results)
            {
                results.Add(result);
                settled.TrySetResult(at);
            }
        };

        // Passes under the same load, each with a page open that shows the edited entry: its own page (what a writer
        // usually looks at), the home page (which lists every entry), its tag's page and its month's page. Each page
        // says which it shows, so the server makes it first.
        var random = new Random(1);
        using var process = Process.GetCurrentProcess();
        foreach (var (viewing, pageOf) in new (string, Func<int, string>)[]
        {
            ("the edited entry's page", i => "/entries/" + GeneratedChronology.IdOf(i) + "/"),
            ("the home page", _ => "/"),
            ("the edited entry's tag page", i => "/tags/" + GeneratedChronology.TagOf(i) + "/"),
            ("the edited entry's month page", i => "/" + GeneratedChronology.IdOf(i)[..4] + "/" + GeneratedChronology.IdOf(i)[5..7] + "/"),
        })
        {
            var reloads = new List<double>();
            var wholes = new List<double>();
            var cpu = new List<double>();
            var pauses = new List<double>();
            var fullCollections = 0;
            int before;
            lock (results)
            {
                before = results.Count;
            }

            for (var edit = 0; edit < warmUp + edits; edit++)
            {
                var i = random.Next(entries);
                var text = site.EntryText(i, new Random(i), string.Create(CultureInfo.InvariantCulture, $"Edited title {edit} of event {i} seen from {viewing}"));
                var page = pageOf(i);
                using var socket = await OpenPageAsync(server, page);
                lock (results)
                {
                    settled = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                process.Refresh();
                var cpuStart = process.TotalProcessorTime;
                var pauseStart = GC.GetTotalPauseDuration();
                var gen2Start = GC.CollectionCount(2);
                var message = socket.NextMessageAsync();
                var start = Stopwatch.GetTimestamp();
                await File.WriteAllTextAsync(site.PathOf(i), text);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                var reload = Stopwatch.GetElapsedTime(start, await message.WaitAsync(timeout.Token)).TotalMilliseconds;
                var whole = Stopwatch.GetElapsedTime(start, await settled.Task.WaitAsync(timeout.Token)).TotalMilliseconds;
                process.Refresh();
                if (edit >= warmUp)
                {
                    reloads.Add(reload);
                    wholes.Add(whole);
                    cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
                    pauses.Add((GC.GetTotalPauseDuration() - pauseStart).TotalMilliseconds);
                    fullCollections += GC.CollectionCount(2) - gen2Start;
                }
            }

            List<IncrementalResult> measured;
            lock (results)
            {
                measured = results.Skip(before + warmUp).ToList();
            }

            if (measured.Any(r => !r.Build.Succeeded))
            {
                output.WriteLine("A rebuild failed: " + string.Join('\n', measured.First(r => !r.Build.Succeeded).Build.Diagnostics.Take(5)));
                return 1;
            }

            reloads.Sort();
            wholes.Sort();
            cpu.Sort();
            pauses.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"serve-reload: {entries} entries, {reloads.Count} edits after {warmUp} unmeasured, debounce {ServeOptions.DefaultQuiet.TotalMilliseconds} ms, a page open on {viewing}"));
            output.WriteLine("  file change → reload message: " + Spread(reloads));
            output.WriteLine("  file change → whole site rebuilt: " + Spread(wholes));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  processor time per edit (both cores, all threads): median {Percentile(cpu, 0.5):F1} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  garbage collection per edit: median pause {Percentile(pauses, 0.5):F1} ms, {(double)fullCollections / reloads.Count:F2} full collections"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  machine load average while measuring: {LoadAverage()}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  pages rendered per edit: median {Percentile([.. measured.Select(r => (double)r.PagesRendered).Order()], 0.5):F0}, files parsed: {measured.Max(r => r.FilesParsed)}"));
            foreach (var stage in measured[0].Build.Timings.Select(t => t.Stage))
            {
                var stageTimes = measured.Select(r => r.Build.Timings.First(t => t.Stage == stage).Elapsed.TotalMilliseconds).Order().ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  stage {stage,-8} median {Percentile(stageTimes, 0.5):F1} ms"));
            }
        }

        return 0;
    }

    /// <summary>Opens the live-reload channel as a page at <paramref name="path"/> does, saying which page it is.</summary>
    private static async Task<PageSocket> OpenPageAsync(PreviewServer server, string path)
    {
        var counted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Opened(string page)
        {
            if (page == path)
            {
                counted.TrySetResult();
            }
        }

        server.PageOpened += Opened;
        var socket = PageSocket.Open(server.Address, $"{PageDecorator.SocketPath}?page={Uri.EscapeDataString(path)}");
        await counted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        server.PageOpened -= Opened;
        return socket;
    }

    /// <summary>Other work on the machine slows every figure above; the load average says how busy it was.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores" : "unknown";

    /// <summary>The median, p90, minimum and maximum of sorted times in milliseconds, as the report prints them.</summary>
    private static string Spread(List<double> sorted) => string.Create(CultureInfo.InvariantCulture,
        $"median {Percentile(sorted, 0.5):F1} ms, p90 {Percentile(sorted, 0.9):F1} ms, min {sorted[0]:F1} ms, max {sorted[^1]:F1} ms");

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
