using System.Diagnostics;
using StaticChronology.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StaticChronology.Tests.Architecture;

/// <summary>The pull-request workflow tests, checks and builds without secrets, and marks changes outside the content for a maintainer.</summary>
public sealed class PullRequestWorkflowTests
{
    private static readonly string WorkflowText = File.ReadAllText(Path.Combine(Repository.Root, ".github/workflows/pull-request.yml"));

    private static readonly YamlMappingNode Workflow = Load(WorkflowText);

    [Fact]
    public void It_runs_on_pull_requests_with_a_read_only_token_and_no_secrets()
    {
        var triggers = (YamlMappingNode)Workflow["on"];
        Assert.Equal(["pull_request"], triggers.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("read", Workflow["permissions"]["contents"].ToString());
        Assert.Single(((YamlMappingNode)Workflow["permissions"]).Children);
        Assert.DoesNotMatch(@"\$\{\{\s*secrets\.", WorkflowText);
    }

    [Fact]
    public void It_runs_the_tests_chrono_check_and_a_build()
    {
        var runs = Steps("test").Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? run.ToString() : string.Empty).ToList();
        Assert.Contains("bash .ci/run", runs);
        Assert.Contains(runs, r => r.StartsWith("dotnet run --project src/StaticChronology.Cli", StringComparison.Ordinal) && r.EndsWith("-- check", StringComparison.Ordinal));
        Assert.Contains(runs, r => r.StartsWith("dotnet run --project src/StaticChronology.Cli", StringComparison.Ordinal) && r.EndsWith("-- build", StringComparison.Ordinal));
    }

    [Fact]
    public void A_maintainer_review_job_waits_on_an_environment_when_anything_outside_the_content_changes()
    {
        var jobs = (YamlMappingNode)Workflow["jobs"];
        var review = (YamlMappingNode)jobs["maintainer-review"];
        Assert.Equal("scope", review["needs"].ToString());
        Assert.Equal("needs.scope.outputs.outside == 'true'", review["if"].ToString());
        Assert.Equal("maintainer-review", review["environment"].ToString());
        var classify = Assert.Single(Steps("scope"), s => s.Children.ContainsKey(new YamlScalarNode("id")));
        Assert.Contains("git diff --name-only --no-renames \"$BASE...$HEAD\" | bash .ci/changed-outside-content", classify["run"].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/entries/2022/2022-01-21-x.yml\nseeds/005_x.txt\ninput/people.yml\n", "")]
    [InlineData("input/entries/2022/x.yml\nsrc/StaticChronology/Loading/EntryReader.cs\n", "src/StaticChronology/Loading/EntryReader.cs")]
    [InlineData("theme/layouts/entry.html\n", "theme/layouts/entry.html")]
    [InlineData(".github/workflows/pull-request.yml\n", ".github/workflows/pull-request.yml")]
    [InlineData("netlify.toml\n.ci/netlify-build\n", "netlify.toml\n.ci/netlify-build")]
    [InlineData("inputs/x.yml\nseeds\ninput\n", "inputs/x.yml\nseeds\ninput")]
    [InlineData("input/../src/x.cs\n", "input/../src/x.cs")]
    [InlineData("", "")]
    public async Task The_classifier_names_exactly_the_paths_outside_input_and_seeds(string changed, string outside)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(Repository.Root, ".ci/changed-outside-content")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(changed);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(outside, output.TrimEnd('\n'));
        Assert.Equal(outside.Length == 0 ? 0 : 1, process.ExitCode);
    }

    [Fact]
    public void The_pull_request_template_asks_for_check_and_the_editorial_rules()
    {
        var template = File.ReadAllText(Path.Combine(Repository.Root, ".github/pull_request_template.md"));
        Assert.Contains("-- check", template, StringComparison.Ordinal);
        Assert.Contains("when the event happened, not when it was reported", template, StringComparison.Ordinal);
        Assert.Contains("discrepancy", template, StringComparison.Ordinal);
        Assert.Contains("attributed", template, StringComparison.Ordinal);
    }

    [Fact]
    public void Deploy_previews_build_with_the_same_script_and_need_no_secret()
    {
        var toml = File.ReadAllText(Path.Combine(Repository.Root, "netlify.toml"));
        var script = File.ReadAllText(Path.Combine(Repository.Root, ".ci/netlify-build"));
        Assert.Matches(@"(?m)^\[context\.deploy-preview\]\s*\n\s*command = ""bash \.ci/netlify-build""", toml);
        var variables = System.Text.RegularExpressions.Regex.Matches(script, @"\$\{?([A-Z_][A-Z0-9_]*)").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
        // Netlify's public build variables, the script's own, and the shell's: none is a secret.
        Assert.All(variables, v => Assert.Contains(v, new[] { "CONTEXT", "DEPLOY_PRIME_URL", "HOME", "PATH", "DOTNET_CLI_TELEMETRY_OPTOUT", "DOTNET_NOLOGO" }));
        Assert.DoesNotMatch("(?i)token|secret|password|api_key", WithoutComments(toml) + WithoutComments(script));
    }

    private static string WithoutComments(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.TrimStart().StartsWith('#')));

    private static IEnumerable<YamlMappingNode> Steps(string job) =>
        ((YamlSequenceNode)Workflow["jobs"][job]["steps"]).Children.Cast<YamlMappingNode>();

    private static YamlMappingNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }
}
