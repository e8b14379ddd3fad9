namespace StaticChronology.Cli.Serve;

/// <summary>Watches the folders a build reads (input, theme, seeds) and reports every change to a <see cref="ChangeBatcher"/>.</summary>
public sealed class InputWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];

    public InputWatcher(IEnumerable<string> folders, ChangeBatcher batcher)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                // The largest buffer the system allows, so a checkout of many files rarely overflows it.
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => batcher.Changed(e.FullPath);
            watcher.Created += (_, e) => batcher.Changed(e.FullPath);
            watcher.Deleted += (_, e) => batcher.Changed(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                batcher.Changed(e.OldFullPath);
                batcher.Changed(e.FullPath);
            };
            watcher.Error += (_, _) => batcher.Overflowed();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
