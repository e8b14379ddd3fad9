using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Articles;

/// <summary>Judgements from a line's shape alone: furniture that no phrase names, sentences, headings.</summary>
public static partial class LineShapes
{
    /// <summary>Characters that may end a paragraph of running text (a sentence, or a quote that closes one).</summary>
    private const string Terminal = ".!?…:;\"”’')]";

    /// <summary>Why a line is furniture by its shape, or null when its shape says nothing.</summary>
    public static string? FurnitureReason(string line)
    {
        if (!line.Any(char.IsLetterOrDigit))
        {
            return "no words (a separator)";
        }

        if (line.Length <= 2 && !line.Any(char.IsDigit))
        {
            return "a lone character (a button or icon label)";
        }

        var words = Words(line);
        if (words.Length <= 10 && Breadcrumb().Count(line) >= 2)
        {
            return "breadcrumb trail";
        }

        if (words.Length <= 8 && words.All(BoilerplatePhrases.ShareWords.Contains) && words.Any(w => !string.Equals(w, "this", StringComparison.OrdinalIgnoreCase) && !string.Equals(w, "on", StringComparison.OrdinalIgnoreCase)))
        {
            return "share buttons";
        }

        // Reposting sites glue the teaser of a related article to its section name: "...invading Ukraine?Defense".
        if (words.Length <= 25 && GluedSection().IsMatch(line))
        {
            return "related-article teaser with its section label";
        }

        return null;
    }

    /// <summary>True when the line ends the way running text ends.</summary>
    public static bool EndsLikeText(string line) => line.Length > 0 && Terminal.Contains(line[^1], StringComparison.Ordinal);

    /// <summary>A line of running text: several words and a sentence ending.</summary>
    public static bool IsSentenceLike(string line) => EndsLikeText(line) && Words(line).Length >= 6;

    /// <summary>A short line without a sentence ending: a heading, a kicker, a label.</summary>
    public static bool IsHeadingLike(string line) => !EndsLikeText(line) && Words(line).Length <= 12 && line.Length <= 90;

    public static string[] Words(string line) => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\s[»›>/|]\s", RegexOptions.CultureInvariant)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^.{10,}\p{Ll}[?!.]\p{Lu}\p{Ll}+$", RegexOptions.CultureInvariant)]
    private static partial Regex GluedSection();
}
