using System.Collections.Immutable;
using System.Text;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Tests.Support;

/// <summary>
/// A small, valid input tree in a fresh temporary folder that a test changes file by file, then loads
/// (and, for cross-file checks, assembles) to see exactly which diagnostics come out.
/// </summary>
/// <remarks>
/// The folder is laid out like a repository: <c>input/</c> for the loader and <c>seeds/</c> beside it,
/// so <c>seed:</c> paths resolve as they do in the real project and diagnostics show paths such as
/// <c>input/entries/2022/x.yml</c>.
/// </remarks>
public sealed class TestInput : IDisposable
{
    public const string ChronologyPath = "input/chronology.yml";
    public const string PeoplePath = "input/people.yml";
    public const string PlacesPath = "input/places.yml";
    public const string OrganizationsPath = "input/organizations.yml";
    public const string SourcePath = "input/sources/geneva-talks.yml";
    public const string SeedPath = "seeds/geneva.txt";
    public const string EntryPath = "input/entries/2022/2022-01-21-geneva-meeting.yml";
    public const string EntryId = "2022-01-21-geneva-meeting";

    public const string Chronology =
        """
        title: Test chronology
        base_url: https://example.org/
        language: en

        """;

    public const string People =
        """
        - id: antony-blinken
          name: Antony Blinken
          aliases: [Blinken]
        - id: sergey-lavrov
          name: Sergey Lavrov

        """;

    public const string Places =
        """
        - id: geneva
          name: Geneva

        """;

    public const string Organizations =
        """
        - id: nato
          name: NATO

        """;

    public const string Source =
        """
        id: geneva-talks
        title: Blinken and Lavrov meet in Geneva
        published: 2022-01-21
        published_basis: stated
        language: en
        seed: seeds/geneva.txt

        """;

    public const string Seed =
        "Blinken told Lavrov there would be a “severe response” to further invasion, when they met on Jan. 21 in Geneva, Switzerland.\n" +
        "Lavrov said he did not expect a breakthrough.\n";

    public const string Entry =
        """
        date: 2022-01-21
        title: Blinken and Lavrov meet in Geneva
        status: occurred
        people: [antony-blinken]
        places: [geneva]
        organizations: [nato]
        sources:
          - source: geneva-talks
            quote: "when they met on Jan. 21 in Geneva"

        """;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public TestInput()
    {
        Root = Path.Combine(Path.GetTempPath(), "chrono-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write(ChronologyPath, Chronology);
        Write(PeoplePath, People);
        Write(PlacesPath, Places);
        Write(OrganizationsPath, Organizations);
        Write(SourcePath, Source);
        Write(SeedPath, Seed);
        Write(EntryPath, Entry);
    }

    /// <summary>The repository-like root; diagnostics show paths relative to it.</summary>
    public string Root { get; }

    public string InputRoot => Path.Combine(Root, "input");

    /// <summary>The full path of a file given relative to <see cref="Root"/> with forward slashes.</summary>
    public string Full(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes (or overwrites) a file as UTF-8 without a byte order mark, creating its folders.</summary>
    public TestInput Write(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public TestInput WriteBytes(string relativePath, byte[] bytes)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TestInput Delete(string relativePath)
    {
        File.Delete(Full(relativePath));
        return this;
    }

    /// <summary>A folder beside the repository-like root, for the targets of symbolic links; deleted with it.</summary>
    public string Outside
    {
        get
        {
            Directory.CreateDirectory(Root + "-outside");
            return Root + "-outside";
        }
    }

    /// <summary>Makes <paramref name="relativePath"/> a symbolic link to a file or folder given by its full path.</summary>
    public TestInput Link(string relativePath, string target)
    {
        var full = Full(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (Directory.Exists(target))
        {
            Directory.CreateSymbolicLink(full, target);
        }
        else
        {
            File.CreateSymbolicLink(full, target);
        }

        return this;
    }

    /// <summary>Replaces one part of a file's text, failing if the part is not there, so an edit never silently does nothing.</summary>
    public static string Edit(string text, string part, string replacement)
    {
        Assert.Contains(part, text, StringComparison.Ordinal);
        return text.Replace(part, replacement, StringComparison.Ordinal);
    }

    /// <summary>Runs the loader alone: per-file checks only.</summary>
    public LoadResult Load()
    {
        var bag = new DiagnosticBag();
        var input = new InputLoader(InputRoot, displayRoot: Root).Load(bag);
        return new LoadResult(input, Strings(bag));
    }

    /// <summary>Runs the loader and then the assembler, which checks references and quotes across files.</summary>
    public AssembleResult Assemble()
    {
        var bag = new DiagnosticBag();
        var loader = new InputLoader(InputRoot, displayRoot: Root);
        var input = loader.Load(bag);
        var chronology = input is null
            ? null
            : new ChronologyAssembler(ReadSeed(loader.RepositoryRoot)).Assemble(input, includeDrafts: false, bag);
        return new AssembleResult(chronology, Strings(bag));
    }

    public void Dispose()
    {
        // Recursive deletion removes links, not what they point to.
        foreach (var folder in new[] { Root, Root + "-outside" })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static ImmutableArray<string> Strings(DiagnosticBag bag) => [.. bag.ToSortedArray().Select(d => d.ToString())];

    private static Func<string, string?> ReadSeed(string repositoryRoot) => seed =>
    {
        var path = Path.Combine(repositoryRoot, seed);
        return File.Exists(path) ? TextDecoder.NormaliseLineEndings(File.ReadAllText(path)) : null;
    };
}

/// <summary>What the loader produced: the model, when settings could be read, and every diagnostic as text.</summary>
public sealed record LoadResult(SiteInput? Input, ImmutableArray<string> Diagnostics)
{
    public Entry SingleEntry(string id = TestInput.EntryId) => Assert.Single(Input!.Entries, e => e.Id == id);
}

/// <summary>What the assembler produced, and every diagnostic of both stages as text.</summary>
public sealed record AssembleResult(Chronology? Chronology, ImmutableArray<string> Diagnostics);
