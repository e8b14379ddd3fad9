using StaticChronology.Dates;

namespace StaticChronology.Tests.Dates;

public class EdtfParserRobustnessTests
{
    private static readonly string[] Valid =
    [
        "2022-01-21", "2022-01", "2022", "2022-01-21~", "2022-01?", "2022%", "201X", "20XX", "2022-XX",
        "2022-01-XX", "2022-XX-XX", "2022-01-21T19:12:05+02:00", "2022-02-10/2022-02-20", "../2022-02-20",
        "2022-02-10/..", "/2022-02-20", "2022-02-10/",
    ];

    private const string Alphabet = "0123456789-/.:XxTZ+?~%^[]{} Y\t\u00A0\u2013\u0660é\0\uD800";

    [Fact]
    public void Never_throws_and_errors_point_inside_the_text()
    {
        var random = new Random(8601);
        for (var i = 0; i < 20_000; i++)
        {
            var text = i % 2 == 0 ? RandomText(random) : Mutate(Valid[random.Next(Valid.Length)], random);
            Check(text);
        }
    }

    [Fact]
    public void Every_prefix_of_every_valid_form_is_handled()
    {
        foreach (var text in Valid)
        {
            for (var length = 0; length <= text.Length; length++)
            {
                Check(text[..length]);
            }
        }
    }

    private static void Check(string text)
    {
        var accepted = EdtfParser.TryParse(text, out var value, out var error);
        if (!accepted)
        {
            Assert.NotNull(error);
            Assert.InRange(error.Column, 0, Math.Min(text.Length, EdtfParser.MaxLength));
            Assert.Matches(@"; expected (a date|a date and time|an interval) like [^;]+$", error.Message);
            return;
        }

        Assert.NotNull(value);
        Assert.Equal(text, value.Text);
        Assert.True(value.Earliest <= value.Latest, text);
        Assert.Equal(value, EdtfParser.Parse(value.Text));
        Assert.False(string.IsNullOrEmpty(EdtfDisplay.Format(value)));
        Assert.Contains("<time datetime=\"", EdtfDisplay.ToHtml(value), StringComparison.Ordinal);
    }

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(0, 24)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        var at = random.Next(chars.Count + 1);
        var replacement = Alphabet[random.Next(Alphabet.Length)];
        switch (random.Next(3))
        {
            case 0 when at < chars.Count:
                chars[at] = replacement;
                break;
            case 1 when at < chars.Count:
                chars.RemoveAt(at);
                break;
            default:
                chars.Insert(at, replacement);
                break;
        }

        return new string(chars.ToArray());
    }
}
