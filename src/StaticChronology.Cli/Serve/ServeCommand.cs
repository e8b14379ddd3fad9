using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StaticChronology.Cli.Serve;

/// <summary><c>chrono serve</c>: builds the site, serves it with live reload until stopped (Ctrl+C).</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, Action<Uri>? open = null, CancellationToken stop = default)
    {
        if (!ServeOptions.TryParse(args, out var options, out var error))
        {
            await stderr.WriteLineAsync("chrono: " + error);
            await stderr.WriteLineAsync("Run 'chrono help' for usage.");
            return 2;
        }

        if (!options.IsLoopback)
        {
            await stderr.WriteLineAsync($"warning: serving on {options.Host}: other machines that can reach this address can read the preview, drafts included");
        }

        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            stopped.Cancel();
        });
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stopped.Cancel();
        });

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, stdout, stderr, stopped.Token);
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"chrono: cannot listen on {options.Host}:{options.Port}: {ex.Message}");
            return 1;
        }

        await using (server)
        {
            await stdout.WriteLineAsync($"Serving the preview at {server.Address} (drafts shown; Ctrl+C stops)");
            await stdout.FlushAsync(CancellationToken.None);
            if (options.Open)
            {
                (open ?? OpenBrowser)(server.Address);
            }

            try
            {
                await Task.Delay(Timeout.Infinite, stopped.Token);
            }
            catch (OperationCanceledException)
            {
                await stdout.WriteLineAsync("Stopped.");
            }
        }

        return 0;
    }

    private static void OpenBrowser(Uri address)
    {
        var command = OperatingSystem.IsWindows() ? "explorer" : OperatingSystem.IsMacOS() ? "open" : "xdg-open";
        try
        {
            using var process = Process.Start(new ProcessStartInfo(command, address.ToString()) { UseShellExecute = false });
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Console.Error.WriteLine($"could not open a browser ({command} failed); open {address} yourself");
        }
    }
}
