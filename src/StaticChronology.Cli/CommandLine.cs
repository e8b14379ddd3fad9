namespace StaticChronology.Cli;

/// <summary>Dispatches <c>chrono &lt;command&gt;</c> to its command; exit 0 on success, 1 on errors in the input, 2 on a usage error.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: chrono <command> [options]

        Commands:
          build    Build the site from input/ and theme/ into output/ (ingesting new articles in seeds/ first)
          check    Validate input/ without writing anything
          ingest   Turn articles into source and entry files in input/: chrono ingest [PATHS...] (default: seeds/)
          new      Write a new entry file: new --date 2022-01-21 --title "..." [--source ID]
          serve    Build the site, serve it at http://127.0.0.1:5080/ and rebuild and reload on every change
          help     Show this help

        Options (build, check, ingest):
          --input DIR      input folder (default: input)
          --theme DIR      theme folder (default: theme)
          --output DIR     output folder (default: output)
          --base-url URL   absolute URL the site is published at (default: base_url in chronology.yml)

        Options (serve, besides --input and --theme):
          --port N         port to listen on (default: 5080)
          --host ADDRESS   address to listen on (default: 127.0.0.1; anything else prints a warning)
          --open           open the preview in the default browser
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "serve")
        {
            return await Serve.ServeCommand.RunAsync(args[1..], stdout, stderr);
        }

        if (args[0] == "new")
        {
            return NewCommand.Run(args.AsSpan(1), stdout, stderr);
        }

        if (!CommandOptions.TryParse(args.AsSpan(1), out var options, out var error))
        {
            await stderr.WriteLineAsync("chrono: " + error);
            await stderr.WriteLineAsync("Run 'chrono help' for usage.");
            return 2;
        }

        switch (args[0])
        {
            case "build":
                if (NewArticles.Ingest(options, stdout, stderr) is false)
                {
                    return 1;
                }

                return BuildCommand.Run(options, write: true, stdout, stderr, IsTerminal(stdout));
            case "ingest":
                return IngestCommand.Run(options, stdout, stderr);
            case "check":
                return BuildCommand.Run(options, write: false, stdout, stderr, IsTerminal(stdout));
            default:
                await stderr.WriteLineAsync($"chrono: unknown command '{args[0]}'");
                await stderr.WriteLineAsync("Run 'chrono help' for usage.");
                return 2;
        }
    }

    /// <summary>Progress is rewritten in place only on the console's own terminal, and never under CI, whose logs keep every character.</summary>
    private static bool IsTerminal(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
