using Scriban.Runtime;

namespace StaticChronology.Rendering;

/// <summary>
/// Where a layout writes one page's text: a buffer kept by one worker and reused for page after page, so rendering
/// a page neither grows a new <see cref="System.Text.StringBuilder"/> nor copies its text into a string before the
/// text is encoded into the page's bytes.
/// </summary>
internal sealed class PageOutput : IScriptOutput
{
    /// <summary>A buffer that grew past this many characters (a home page listing every entry) is not kept for the next page.</summary>
    private const int KeptCapacity = 1 << 20;

    private char[] _buffer = new char[16 * 1024];
    private int _length;

    /// <summary>Keeps a buffer of any size: the preview renders its home page again on every edit.</summary>
    public bool KeepsLarge { get; init; }

    /// <summary>What was written since <see cref="Clear"/>; valid until the next write or clear.</summary>
    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, _length);

    public void Clear()
    {
        _length = 0;
        if (_buffer.Length > KeptCapacity && !KeepsLarge)
        {
            _buffer = new char[16 * 1024];
        }
    }

    public void Write(string text, int offset, int count)
    {
        if (count > _buffer.Length - _length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        text.CopyTo(offset, _buffer, _length, count);
        _length += count;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text, for the rare caller that needs it as a string.</summary>
    public override string ToString() => new(Text);
}
