using System.Buffers;
using System.Globalization;

namespace StaticChronology.Dates;

// Whole-text checks that run before the grammar, so common mistakes get a message naming the fix
// instead of an error about whichever character the grammar happens to trip over.
internal static class EdtfShapeChecks
{
    private static readonly SearchValues<char> Letters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> GrammarLetters = SearchValues.Create("TXZ");

    internal static EdtfError? Check(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return EdtfMessages.Date(0, "the date is empty");
        }

        if (text.Length > EdtfParser.MaxLength)
        {
            return EdtfMessages.Date(EdtfParser.MaxLength, $"the date is longer than {EdtfNames.Number(EdtfParser.MaxLength)} characters");
        }

        return Words(text) ?? Whitespace(text) ?? Sets(text) ?? DayFirst(text) ?? OtherSeparators(text);
    }

    // "21 January 2022" or "Jan 2022": three letters in a row make a word, unless they are all letters
    // the grammar itself uses, as in 2022-01-XXT19:12.
    private static EdtfError? Words(string text)
    {
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            var run = text.AsSpan(i, 3);
            if (!run.ContainsAnyExcept(Letters) && run.ContainsAnyExcept(GrammarLetters))
            {
                return EdtfMessages.Date(i, "write dates in numbers, year first, not with month names");
            }
        }

        return null;
    }

    private static EdtfError? Whitespace(string text)
    {
        var at = -1;
        for (var i = 0; i < text.Length && at < 0; i++)
        {
            at = char.IsWhiteSpace(text[i]) ? i : -1;
        }

        if (at < 0)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return EdtfMessages.Date(0, "the date is blank");
        }

        if (at == 10 && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1]))
        {
            return EdtfMessages.Time(at, $"put T between the date and the time: {text[..10]}T{text[(at + 1)..]}");
        }

        return EdtfMessages.Date(at, $"a date cannot contain spaces or line breaks, found {EdtfMessages.Describe(text[at])}");
    }

    private static EdtfError? Sets(string text)
    {
        var at = text.AsSpan().IndexOfAny("[]{}");
        return at < 0
            ? null
            : EdtfMessages.Date(at, "sets of dates such as [2022, 2023] or {2022..2023} are EDTF level 2 and are not supported");
    }

    // 24/01/2022, 24.01.2022 or 01-24-2022: day or month first, four-digit year last.
    private static EdtfError? DayFirst(string text)
    {
        var parts = SplitOnOneOf(text, "/.-");
        if (parts is not [var first, var second, var year]
            || !IsNumber(first, 1, 2) || !IsNumber(second, 1, 2) || !IsNumber(year, 4, 4))
        {
            return null;
        }

        var (a, b) = (int.Parse(first, CultureInfo.InvariantCulture), int.Parse(second, CultureInfo.InvariantCulture));

        // Both readings are possible when neither number exceeds 12; this site writes British dates, so day first wins.
        var (day, month) = b > 12 && a <= 12 ? (b, a) : (a, b);
        return EdtfMessages.Date(0, string.Create(CultureInfo.InvariantCulture, $"write dates year first: {year}-{month:D2}-{day:D2}"));
    }

    // 2022/01/21, 2022.01.21 or 2022.01: year first but not separated by hyphens.
    private static EdtfError? OtherSeparators(string text)
    {
        var parts = SplitOnOneOf(text, "/.");
        if (parts is not { Length: 2 or 3 } || !IsNumber(parts[0], 4, 4) || !parts.Skip(1).All(p => IsNumber(p, 1, 2)))
        {
            return null;
        }

        var fixedText = parts[0] + string.Concat(parts.Skip(1).Select(p => "-" + p.PadLeft(2, '0')));
        return EdtfMessages.Date(4, $"separate year, month and day with hyphens: {fixedText}");
    }

    // Splits only when exactly one of the separators occurs, so mixed forms are left to the grammar.
    private static string[]? SplitOnOneOf(string text, string separators)
    {
        var used = separators.Where(text.Contains).ToArray();
        return used.Length == 1 ? text.Split(used[0]) : null;
    }

    private static bool IsNumber(string part, int minDigits, int maxDigits) =>
        part.Length >= minDigits && part.Length <= maxDigits && part.All(char.IsAsciiDigit);
}
