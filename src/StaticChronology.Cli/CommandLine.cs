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
          help     Show this help

        Options (build, check, ingest):
          --input DIR      input folder (default: input)
          --theme DIR      theme folder (default: theme)
          --output DIR     output folder (default: output)
          --base-url URL   absolute URL the site is published at (default: base_url in chronology.yml)
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            await stdout.WriteLineAsync(Usage);
            return args.Length == 0 ? 2 : 0;
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

                return BuildCommand.Run(options, write: true, stdout, stderr);
            case "ingest":
                return IngestCommand.Run(options, stdout, stderr);
            case "check":
                return BuildCommand.Run(options, write: false, stdout, stderr);
            default:
                await stderr.WriteLineAsync($"chrono: unknown command '{args[0]}'");
                await stderr.WriteLineAsync("Run 'chrono help' for usage.");
                return 2;
        }
    }
}
