using System.Text;
using StaticChronology.Rendering;
using StaticChronology.Rendering.Data;

namespace StaticChronology.Tests.Rendering;

/// <summary>A data file held as its parts is the file joined: piece by piece, in one array and in its length.</summary>
public sealed class FilePartsTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(5, false)]
    public void The_pieces_one_after_another_are_the_joined_file_and_as_long(int count, bool comma)
    {
        var parts = Enumerable.Range(0, count).Select(i => Encoding.UTF8.GetBytes($"{{\"n\":{i},\"é\":\"{new string('x', i)}\"}}")).ToArray();
        var file = EntryParts.File("data.json", "data", "[\n"u8.ToArray(), parts, "\n]\n"u8.ToArray(), kept: true, comma ? (byte)',' : null);
        var joined = EntryParts.File("data.json", "data", "[\n"u8.ToArray(), parts, "\n]\n"u8.ToArray(), kept: false, comma ? (byte)',' : null);

        var expected = "[\n" + string.Join(comma ? "," : string.Empty, parts.Select(p => Encoding.UTF8.GetString(p))) + "\n]\n";
        Assert.Null(joined.Parts);
        Assert.Equal(expected, Encoding.UTF8.GetString(joined.Content));
        var held = Assert.IsType<FileParts>(file.Parts);
        Assert.Equal(expected, Encoding.UTF8.GetString([.. held.Pieces().SelectMany(p => p.ToArray())]));
        Assert.Equal(Encoding.UTF8.GetByteCount(expected), held.Length);
        Assert.Equal(held.Length, file.Length);
        Assert.Equal(expected, Encoding.UTF8.GetString(file.Content));
        Assert.Same(file.Content, file.Content);
    }
}
