using System.Collections.Immutable;
using System.Threading.Channels;
using StaticChronology.Pipeline;

namespace StaticChronology.Cli.Serve;

/// <summary>
/// Gathers the watcher's reports into one <see cref="ChangeSet"/> per burst: a batch ends when no report has
/// come for the quiet time, or when a burst has lasted a second (ten quiet times, if longer), so a stream
/// of saves still shows. A lost report (overflow) makes the batch a rescan.
/// </summary>
public sealed class ChangeBatcher(TimeSpan quiet)
{
    private readonly TimeSpan _longestBurst = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, quiet.Ticks * 10));
    private readonly Channel<string?> _reports = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>A created, changed or deleted path.</summary>
    public void Changed(string path) => _reports.Writer.TryWrite(path);

    /// <summary>Reports were lost; only reading everything again is safe.</summary>
    public void Overflowed() => _reports.Writer.TryWrite(null);

    /// <summary>Waits for the next burst of changes and returns it whole.</summary>
    public async Task<ChangeSet> NextAsync(CancellationToken stopping)
    {
        var paths = ImmutableArray.CreateBuilder<string>();
        var rescan = false;
        Add(await _reports.Reader.ReadAsync(stopping));
        var burst = System.Diagnostics.Stopwatch.StartNew();
        while (burst.Elapsed < _longestBurst)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stopping);
            wait.CancelAfter(quiet);
            try
            {
                Add(await _reports.Reader.ReadAsync(wait.Token));
            }
            catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
            {
                break;
            }
        }

        // Reports already queued belong to this burst too.
        while (_reports.Reader.TryRead(out var more))
        {
            Add(more);
        }

        return new ChangeSet(paths.Distinct(StringComparer.Ordinal).ToImmutableArray(), rescan);

        void Add(string? path)
        {
            if (path is null)
            {
                rescan = true;
            }
            else
            {
                paths.Add(path);
            }
        }
    }
}
