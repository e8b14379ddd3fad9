using System.Text.RegularExpressions;

namespace StaticChronology.Ingest.Articles;

/// <summary>Lines that belong to an article's header: the title, a byline, a kicker that repeats the title.</summary>
public static partial class HeaderRules
{
    /// <summary>A headline: one line, short enough, and not ending in a full stop the way a sentence of running text does.</summary>
    /// <remarks>An abbreviation may end a headline ("... talks with the U.S."), and so may an ellipsis.</remarks>
    public static bool IsTitleLike(string line)
    {
        if (line.Length > 250 || line.Contains('\n', StringComparison.Ordinal) || LineShapes.Words(line).Length > 35)
        {
            return false;
        }

        var last = LineShapes.Words(line)[^1];
        return !last.EndsWith('.') || last.EndsWith("..", StringComparison.Ordinal) || last.TrimEnd('.').Contains('.', StringComparison.Ordinal);
    }

    /// <summary>The byline's names ("Jane Roe and Ivo Tam, Reuters") when the line is a byline, else null.</summary>
    public static string? Byline(string line)
    {
        // "Mira Castell in Port Halden", "Mira Castell and agencies": a name and where it was filed, without "By".
        if (PlacedByline().Match(line) is { Success: true } placed)
        {
            return placed.Value;
        }

        var match = BylinePattern().Match(line);
        if (!match.Success || LineShapes.Words(line).Length > 14)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim().TrimEnd(',', ';');
        return (name.Length > 0 && !name.EndsWith('.')) || (name.Length > 1 && char.IsUpper(name[^2])) ? name : null;
    }

    /// <summary>Splits "Posted on 7 February 2031 by Karl Wendt" before its lower-case "by" and a capital; other text is one part.</summary>
    public static IEnumerable<string> SplitTrailingByline(string segment)
    {
        var match = TrailingBy().Match(segment);
        return match.Success && match.Index > 0 ? [segment[..match.Index].Trim(), segment[match.Index..].Trim()] : [segment];
    }

    /// <summary>A kicker or deck that repeats the title: most of its words are the title's, or the title starts with it.</summary>
    public static bool RepeatsTitle(string line, string? title)
    {
        if (title is null || !LineShapes.IsHeadingLike(line))
        {
            return false;
        }

        if (title.StartsWith(line, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var titleWords = WordsOf(title).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var words = WordsOf(line).ToArray();
        return words.Length >= 2 && words.Count(titleWords.Contains) * 10 >= words.Length * 6;
    }

    private static IEnumerable<string> WordsOf(string text) => WordPattern().Matches(text).Select(m => m.Value);

    [GeneratedRegex(@"^(?i:by|words by|written by|author\s*:|posted by)\s+(?<name>\p{Lu}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BylinePattern();

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2}( and \p{Lu}[\p{L}'’-]+( \p{Lu}[\p{L}'’-]+){1,2})?( in( \p{Lu}[\p{L}'’-]+){1,3}| and agencies)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacedByline();

    [GeneratedRegex(@"\sby\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBy();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
