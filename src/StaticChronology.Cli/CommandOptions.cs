namespace StaticChronology.Cli;

/// <summary>The options shared by the commands, parsed from <c>--name value</c> pairs.</summary>
public sealed record CommandOptions(string Input, string Theme, string Output, string? BaseUrl, IReadOnlyList<string> Arguments)
{
    public static bool TryParse(ReadOnlySpan<string> args, out CommandOptions options, out string? error)
    {
        var input = "input";
        var theme = "theme";
        var output = "output";
        string? baseUrl = null;
        var arguments = new List<string>();
        options = new CommandOptions(input, theme, output, baseUrl, arguments);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                arguments.Add(arg);
                continue;
            }

            if (i + 1 >= args.Length)
            {
                error = $"option '{arg}' needs a value";
                return false;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--input":
                    input = value;
                    break;
                case "--theme":
                    theme = value;
                    break;
                case "--output":
                    output = value;
                    break;
                case "--base-url":
                    if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    {
                        error = $"--base-url must be an absolute http(s) URL, not '{value}'";
                        return false;
                    }

                    baseUrl = value.EndsWith('/') ? value : value + "/";
                    break;
                default:
                    error = $"unknown option '{arg}'";
                    return false;
            }
        }

        options = new CommandOptions(input, theme, output, baseUrl, arguments);
        error = null;
        return true;
    }
}
