using System.Diagnostics.CodeAnalysis;

namespace StaticChronology.Dates;

// Reads one date, with its optional time and qualifier, from text[start..end).
// Columns in errors stay relative to the whole text so interval ends point at the right character.
internal sealed partial class EdtfPointReader
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly bool _inInterval;
    private int _pos;
    private EdtfError? _error;

    private EdtfPointReader(string text, int start, int end, bool inInterval)
    {
        _text = text;
        _start = start;
        _end = end;
        _inInterval = inInterval;
        _pos = start;
    }

    internal static bool TryRead(
        string text,
        int start,
        int end,
        bool inInterval,
        [NotNullWhen(true)] out EdtfPoint? point,
        [NotNullWhen(false)] out EdtfError? error)
    {
        var reader = new EdtfPointReader(text, start, end, inInterval);
        var result = reader.Read();
        if (result is null)
        {
            point = null;
            error = reader._error ?? EdtfMessages.Date(start, "the date could not be read");
            return false;
        }

        point = result;
        error = null;
        return true;
    }

    private EdtfPoint? Read()
    {
        if (!ReadYear(out var year, out var yearX))
        {
            return null;
        }

        int? month = null;
        int? day = null;
        var monthX = false;
        var dayX = false;
        if (At('-'))
        {
            if (yearX > 0)
            {
                return Fail(EdtfMessages.Date(_pos, $"a month after a partly unspecified year ({Slice(_start, _pos)}) is EDTF level 2 and is not supported"));
            }

            _pos++;
            if (!ReadMonth(out month, out monthX))
            {
                return null;
            }

            if (At('-'))
            {
                _pos++;
                if (!ReadDay(year, month, monthX, out day, out dayX))
                {
                    return null;
                }
            }
        }

        EdtfTime? time = null;
        if (At('T') && !ReadTimeAfterDate(day, monthX || dayX, out time))
        {
            return null;
        }

        if (!ReadQualifiers(time is not null, out var qualifiers))
        {
            return null;
        }

        if (_pos < _end)
        {
            return Fail(EdtfMessages.Date(_pos, $"unexpected {EdtfMessages.Describe(_text[_pos])} after {Slice(_start, _pos)}"));
        }

        return new EdtfPoint(Slice(_start, _end), year, yearX, month, monthX, day, dayX, time, qualifiers);
    }

    private bool ReadQualifiers(bool hasTime, out EdtfQualifiers qualifiers)
    {
        qualifiers = EdtfQualifiers.None;
        if (_pos >= _end || !EdtfMessages.IsQualifier(_text[_pos]))
        {
            return true;
        }

        var markAt = _pos;
        if (hasTime)
        {
            return Set(EdtfMessages.Time(markAt, "a date with a time cannot be marked ?, ~ or %"));
        }

        qualifiers = ToQualifier(_text[_pos]);
        _pos++;
        if (_pos < _end && EdtfMessages.IsQualifier(_text[_pos]))
        {
            var next = ToQualifier(_text[_pos]);
            var problem = (qualifiers | next) == EdtfQualifiers.UncertainAndApproximate && qualifiers != next
                && qualifiers != EdtfQualifiers.UncertainAndApproximate && next != EdtfQualifiers.UncertainAndApproximate
                ? "write % alone for a date that is both uncertain and approximate"
                : "a date takes only one of ?, ~ or %";
            return Set(EdtfMessages.Date(_pos, problem));
        }

        return !At('-') || Set(PartialQualification(markAt));
    }

    private static EdtfQualifiers ToQualifier(char mark) => mark switch
    {
        '?' => EdtfQualifiers.Uncertain,
        '~' => EdtfQualifiers.Approximate,
        _ => EdtfQualifiers.UncertainAndApproximate,
    };

    private static EdtfError PartialQualification(int column) =>
        EdtfMessages.Date(column, "marking part of a date with ?, ~ or % is EDTF level 2 and is not supported (put the mark at the end)");

    private bool At(char c) => _pos < _end && _text[_pos] == c;

    private string Slice(int from, int to) => _text[from..to];

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private EdtfPoint? Fail(EdtfError error)
    {
        _error = error;
        return null;
    }

    // Always false, so callers can write "return Set(...)" from bool readers.
    private bool Set(EdtfError error)
    {
        _error = error;
        return false;
    }
}
