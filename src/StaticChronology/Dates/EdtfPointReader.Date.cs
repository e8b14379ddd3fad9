namespace StaticChronology.Dates;

// Year, month and day fields, including the level 1 unspecified digits (X).
internal sealed partial class EdtfPointReader
{
    private bool ReadYear(out int year, out int unspecifiedDigits)
    {
        year = 0;
        unspecifiedDigits = 0;
        var start = _pos;
        var first = _pos < _end ? _text[_pos] : ' ';
        if (first == '-')
        {
            return Set(EdtfMessages.Date(start, "negative years are not supported"));
        }

        if (first is 'Y' or 'y')
        {
            return Set(EdtfMessages.Date(start, "long years written with Y are not supported"));
        }

        if (EdtfMessages.IsQualifier(first))
        {
            return Set(PartialQualification(start));
        }

        var digits = DigitRun(start);
        if (digits > 4)
        {
            return Set(TooLongYear(start, digits));
        }

        // Only the four year positions are judged here; whatever follows is the next field's or trailing text.
        var run = Math.Min(RunLength(start), 4);
        if (!RejectLowercaseX(start, run))
        {
            return false;
        }

        if (run == 0)
        {
            var what = _pos < _end ? EdtfMessages.Describe(first) : "nothing";
            return Set(EdtfMessages.Date(start, $"a date starts with a four-digit year, not {what}"));
        }

        if (run < 4)
        {
            return Set(EdtfMessages.Date(start, "a year has four digits, as in 2022 or 0800"));
        }

        var firstX = _text.IndexOf('X', start, 4);
        if (firstX >= 0)
        {
            unspecifiedDigits = start + 4 - firstX;
            if (unspecifiedDigits > 2 || _text.AsSpan(firstX, unspecifiedDigits).ContainsAnyExcept('X'))
            {
                return Set(EdtfMessages.Date(firstX, "only the last one or two digits of a year can be X, as in 201X or 20XX"));
            }
        }

        for (var i = start; i < start + 4; i++)
        {
            year = (year * 10) + (_text[i] == 'X' ? 0 : _text[i] - '0');
        }

        if (unspecifiedDigits == 0 && year == 0)
        {
            return Set(EdtfMessages.Date(start, "years before 0001 are not supported"));
        }

        _pos = start + 4;
        return true;
    }

    private EdtfError TooLongYear(int start, int run)
    {
        if (run == 8 && start + 8 == _end)
        {
            var digits = _text.AsSpan(start, run);
            var spaced = $"{digits[..4]}-{digits[4..6]}-{digits[6..]}";
            return EdtfMessages.Date(start + 4, $"separate year, month and day with hyphens: {spaced}");
        }

        return EdtfMessages.Date(start, "years after 9999 are not supported");
    }

    private bool ReadMonth(out int? month, out bool unspecified)
    {
        var start = _pos;
        if (!ReadField("month", "2022-01", out month, out unspecified))
        {
            return false;
        }

        return month switch
        {
            >= 21 and <= 41 => Set(EdtfMessages.Date(start, $"seasons such as {Slice(_start, _pos)} are not supported")),
            < 1 or > 12 => Set(EdtfMessages.Date(start, $"month {Slice(start, _pos)} does not exist")),
            _ => true,
        };
    }

    private bool ReadDay(int year, int? month, bool monthUnspecified, out int? day, out bool unspecified)
    {
        var start = _pos;
        if (!ReadField("day", "2022-01-05", out day, out unspecified))
        {
            return false;
        }

        if (day is not int d)
        {
            return true;
        }

        var written = Slice(_start, _pos);
        if (monthUnspecified || month is not int m)
        {
            return Set(EdtfMessages.Date(start, $"a known day in an unspecified month ({written}) is EDTF level 2 and is not supported"));
        }

        var daysInMonth = DateTime.DaysInMonth(year, m);
        if (d < 1)
        {
            return Set(EdtfMessages.Date(start, $"{written}: days are numbered from 01"));
        }

        return d <= daysInMonth
            || Set(EdtfMessages.Date(start, $"{written}: {EdtfNames.Month(m)} {EdtfNames.Number(year)} has {EdtfNames.Number(daysInMonth)} days"));
    }

    // A month or day: two digits or XX.
    private bool ReadField(string name, string example, out int? value, out bool unspecified)
    {
        value = null;
        unspecified = false;
        var start = _pos;
        if (_pos < _end && EdtfMessages.IsQualifier(_text[_pos]))
        {
            return Set(PartialQualification(start));
        }

        // A third digit makes the field too long; any other third character is left for the caller to judge.
        var run = RunLength(start);
        var tooLong = run > 2 && IsDigit(_text[start + 2]);
        run = Math.Min(run, 2);
        if (!RejectLowercaseX(start, run))
        {
            return false;
        }

        if (run != 2 || tooLong)
        {
            return Set(EdtfMessages.Date(start, $"write the {name} with two digits, as in {example}"));
        }

        var (a, b) = (_text[start], _text[start + 1]);
        if (a == 'X' && b == 'X')
        {
            unspecified = true;
        }
        else if (a == 'X' || b == 'X')
        {
            return Set(EdtfMessages.Date(start, $"a partly unspecified {name} ({a}{b}) is EDTF level 2 and is not supported"));
        }
        else
        {
            value = ((a - '0') * 10) + (b - '0');
        }

        _pos = start + 2;
        return true;
    }

    private int RunLength(int from)
    {
        var i = from;
        while (i < _end && (IsDigit(_text[i]) || _text[i] is 'X' or 'x'))
        {
            i++;
        }

        return i - from;
    }

    private int DigitRun(int from)
    {
        var i = from;
        while (i < _end && IsDigit(_text[i]))
        {
            i++;
        }

        return i - from;
    }

    private bool RejectLowercaseX(int from, int run)
    {
        var at = _text.IndexOf('x', from, run);
        return at < 0 || Set(EdtfMessages.Date(at, "write unspecified digits as a capital X"));
    }
}
