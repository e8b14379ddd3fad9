namespace StaticChronology.Cli;

/// <summary>Dispatches <c>chrono &lt;command&gt;</c> to its command; exit 0 on success, 1 on errors in the input, 2 on a usage error.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage: chrono <command> [options]

        Commands:
          build    Build the site from input/ and theme/ into output/
          check    Validate input/ without writing anything
          new      Write a new entry file: new --date 2022-01-21 --title "..." [--source ID]
          help     Show this help

        Options (build, check):
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
                return BuildCommand.Run(options, write: true, stdout, stderr);
            case "check":
                return BuildCommand.Run(options, write: false, stdout, stderr);
            default:
                await stderr.WriteLineAsync($"chrono: unknown command '{args[0]}'");
                await stderr.WriteLineAsync("Run 'chrono help' for usage.");
                return 2;
        }
    }
}
