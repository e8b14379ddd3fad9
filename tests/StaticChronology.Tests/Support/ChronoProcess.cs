using System.Diagnostics;

namespace StaticChronology.Tests.Support;

/// <summary>Starts the real <c>chrono</c> command (built beside the tests) as a child process, with its own environment.</summary>
public static class ChronoProcess
{
    /// <summary>The dotnet host that runs the tests.</summary>
    public static string Host { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "chrono.dll");

    /// <summary>Starts <c>chrono</c> with <paramref name="args"/>; when the first argument is <c>bash</c>, the arguments are a command line to run as is.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var wrapped = args.Length > 0 && args[0] == "bash";
        var start = new ProcessStartInfo(wrapped ? "bash" : Host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (!wrapped)
        {
            start.ArgumentList.Add(Dll);
        }

        foreach (var arg in wrapped ? args[1..] : args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start chrono");
    }

    /// <summary>Runs to the end and returns the exit code and both outputs.</summary>
    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
