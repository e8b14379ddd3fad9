using System.Text;

namespace StaticChronology.Assembly;

/// <summary>Decides whether a quote appears verbatim in an article, allowing for what editors legitimately change.</summary>
/// <remarks>
/// Typography is folded (curly and straight quotes, dashes, runs of white space) because YAML and
/// keyboards change it without changing the words; an ellipsis marks left-out words, so each part must
/// appear, in order. Anything else, a changed word or a paraphrase, fails.
/// </remarks>
public static class QuoteMatcher
{
    public static bool IsVerbatim(string quote, string article) => IsInFolded(quote, Fold(article));

    /// <summary>Like <see cref="IsVerbatim"/>, for an article already passed through <see cref="Fold"/>: an article cited a thousand times is folded once.</summary>
    public static bool IsInFolded(string quote, string haystack)
    {
        var position = 0;
        var words = false;
        foreach (var part in quote.Split(["…", "..."], StringSplitOptions.None))
        {
            var needle = Fold(part).Trim();
            if (needle.Length == 0)
            {
                continue;
            }

            var found = haystack.IndexOf(needle, position, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            position = found + needle.Length;
            words = true;
        }

        // A quote of nothing but ellipses would otherwise match every article.
        return words;
    }

    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            var folded = c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2212' => '-',
                _ => c,
            };
            if (char.IsWhiteSpace(folded))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(folded);
        }

        return builder.ToString();
    }
}
