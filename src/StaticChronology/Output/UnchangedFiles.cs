using System.Buffers;
using System.Runtime.InteropServices;

namespace StaticChronology.Output;

/// <summary>Carries a file over from the previous site into the staging folder when its bytes are unchanged, as a hard link.</summary>
/// <remarks>
/// The link keeps the file's modification time and identity, so a deploy that compares them uploads only
/// what changed, and nothing is written for it; the previous site keeps its own name for the file until
/// the swap, so a build killed before then still leaves it whole. Where links cannot be made (another
/// file system, Windows, a file that is itself a symbolic link) the caller writes the file as usual.
/// </remarks>
internal static class UnchangedFiles
{
    public static bool TryKeep(string previousPath, string stagingPath, byte[] content)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        try
        {
            var previous = new FileInfo(previousPath);
            if (!previous.Exists || previous.Length != content.Length || previous.LinkTarget is not null || !SameBytes(previousPath, content))
            {
                return false;
            }

            return Link(previousPath, stagingPath) == 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool SameBytes(string path, byte[] content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(content.Length, 1 << 16) + 1);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var offset = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (offset + read > content.Length || !buffer.AsSpan(0, read).SequenceEqual(content.AsSpan(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return offset == content.Length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern int Link(string existing, string created);
}
