using System.Globalization;
using StaticChronology.Rendering;

namespace StaticChronology.Cli;

/// <summary>Shows how many pages of a long build are rendered: one line rewritten in place on a terminal, a plain line per tenth in CI and logs.</summary>
/// <remarks>
/// Workers report every page; this keeps the highest count seen and writes at most every
/// <see cref="TerminalInterval"/> on a terminal, so printing never slows the render. A build of fewer
/// than <see cref="MinimumPages"/> pages finishes before progress would help, and prints nothing.
/// </remarks>
public sealed class BuildProgress(TextWriter writer, bool terminal, Func<TimeSpan> elapsed) : IProgress<RenderProgress>
{
    public const int MinimumPages = 1000;

    public static readonly TimeSpan TerminalInterval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private int _highest;
    private int _nextTenth = 1;
    private TimeSpan? _lastWrite;

    public void Report(RenderProgress value)
    {
        if (value.Total < MinimumPages)
        {
            return;
        }

        lock (_gate)
        {
            if (value.Rendered <= _highest)
            {
                return;
            }

            _highest = value.Rendered;
            var done = value.Rendered == value.Total;
            if (terminal)
            {
                var now = elapsed();
                if (done || _lastWrite is not { } last || now - last >= TerminalInterval)
                {
                    _lastWrite = now;
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"\rRendering pages: {value.Rendered} of {value.Total}"));
                    if (done)
                    {
                        // Clear the line, so the summary that follows starts at the left margin on a clean line.
                        writer.Write("\r" + new string(' ', 48) + "\r");
                    }

                    writer.Flush();
                }

                return;
            }

            while (_nextTenth <= 10 && (long)value.Rendered * 10 >= (long)value.Total * _nextTenth)
            {
                _nextTenth++;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rendered {value.Rendered} of {value.Total} pages"));
            }
        }
    }
}
