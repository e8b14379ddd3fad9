using System.Globalization;

namespace StaticChronology.Dates;

// Every message is one sentence: the problem, then the forms that would have been accepted.
internal static class EdtfMessages
{
    internal const string DateForms =
        "expected a date like 2022-01-21, 2022-01, 2022, 2022-01-21~, 2022-01-XX or 2022-02-10/2022-02-20";

    internal const string TimeForms =
        "expected a date and time like 2022-01-21T19:12, 2022-01-21T19:12:05, 2022-01-21T19:12Z or 2022-01-21T19:12+02:00";

    internal const string IntervalForms =
        "expected an interval like 2022-02-10/2022-02-20, ../2022-02-20, 2022-02-10/.., /2022-02-20 or 2022-02-10/";

    internal static EdtfError Date(int column, string problem) => new(column, problem + "; " + DateForms);

    internal static EdtfError Time(int column, string problem) => new(column, problem + "; " + TimeForms);

    internal static EdtfError Interval(int column, string problem) => new(column, problem + "; " + IntervalForms);

    // Quoting only visible ASCII keeps control and invisible characters from garbling the message.
    internal static string Describe(char c) => c is > ' ' and <= '~'
        ? "'" + c + "'"
        : "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    internal static bool IsQualifier(char c) => c is '?' or '~' or '%';
}
