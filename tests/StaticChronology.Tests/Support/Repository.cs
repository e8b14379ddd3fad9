namespace StaticChronology.Tests.Support;

/// <summary>Finds the repository's own folders from wherever the tests run.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticChronology.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StaticChronology.sln not found above the test folder");
    }
}
