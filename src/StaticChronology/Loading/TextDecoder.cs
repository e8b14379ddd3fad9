using System.Text;
using StaticChronology.Diagnostics;

namespace StaticChronology.Loading;

/// <summary>Turns raw file bytes into <see cref="SourceText"/>, rejecting what is not clean UTF-8 text.</summary>
/// <remarks>
/// Runs before any parser sees the text, so a parser never meets a NUL, a stray control character or
/// a broken byte sequence, and line numbers are the same whatever line endings the editor saved.
/// </remarks>
public static class TextDecoder
{
    /// <summary>Files above this size are refused before they are decoded or parsed.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SourceText? Decode(string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        if (!CheckSize(path, bytes.Length, diagnostics))
        {
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidEncoding,
                SourceLocation.FileStart(path),
                "file is UTF-16; input files must be UTF-8",
                "save the file as UTF-8"));
            return null;
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        var invalidAt = FindInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.InvalidEncoding,
                LocationOfByte(path, bytes, invalidAt),
                "invalid UTF-8 byte sequence",
                "save the file as UTF-8"));
            return null;
        }

        var text = NormaliseLineEndings(StrictUtf8.GetString(bytes));
        var control = FindControlCharacter(text);
        if (control >= 0)
        {
            var (line, column) = LineColumn(text, control);
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.ControlCharacter,
                new SourceLocation(path, line, column),
                $"control character U+{(int)text[control]:X4} is not allowed in input files",
                "delete it; only tabs and line breaks may appear"));
            return null;
        }

        return new SourceText(path, text);
    }

    /// <summary>Reports a file over <see cref="MaxFileBytes"/>; callers that know the size from the file system check before reading.</summary>
    public static bool CheckSize(string path, long length, DiagnosticBag diagnostics)
    {
        if (length <= MaxFileBytes)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.FileTooLarge,
            SourceLocation.FileStart(path),
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"file is {length} bytes; the limit is {MaxFileBytes} bytes"),
            "split it into smaller files"));
        return false;
    }

    /// <summary>CRLF and lone CR become LF, so positions match what every editor shows.</summary>
    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>One-based line and column (in UTF-16 code units) of an offset into LF-normalised text.</summary>
    public static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, offset - lineStart + 1);
    }

    private static int FindControlCharacter(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // U+2028 and U+2029 are line breaks to YAML but not to most editors, so they would shift every later line number.
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFEFF' || c == '\u2028' || c == '\u2029')
            {
                return i;
            }
        }

        return -1;
    }

    private static int FindInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        Span<char> scratch = stackalloc char[512];
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            if (status == System.Buffers.OperationStatus.InvalidData || (status == System.Buffers.OperationStatus.NeedMoreData && offset + read >= bytes.Length))
            {
                return offset + read;
            }

            if (read == 0)
            {
                return offset;
            }

            offset += read;
        }

        return -1;
    }

    private static SourceLocation LocationOfByte(string path, ReadOnlySpan<byte> bytes, int byteOffset)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < byteOffset; i++)
        {
            if (bytes[i] == (byte)'\n' || (bytes[i] == (byte)'\r' && (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n')))
            {
                line++;
                column = 1;
            }
            else if ((bytes[i] & 0xC0) != 0x80 && bytes[i] != (byte)'\r')
            {
                // Columns count UTF-16 code units, as the parser's do: a four-byte sequence is a surrogate pair.
                column += bytes[i] >= 0xF0 ? 2 : 1;
            }
        }

        return new SourceLocation(path, line, column);
    }
}
