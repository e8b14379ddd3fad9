namespace StaticChronology.Dates;

// The level 0 time of day after T: hh:mm[:ss] with an optional Z or ±hh:mm.
internal sealed partial class EdtfPointReader
{
    private const string ClockForm = "write the time as hh:mm, as in 19:12";
    private const string OffsetForm = "write the offset as +hh:mm or -hh:mm, as in +02:00";

    private bool ReadTimeAfterDate(int? day, bool hasUnspecifiedDigits, out EdtfTime? time)
    {
        time = null;
        var at = _pos;
        if (hasUnspecifiedDigits)
        {
            return Set(EdtfMessages.Time(at, "a date with unspecified digits (X) cannot have a time"));
        }

        if (day is null)
        {
            return Set(EdtfMessages.Time(at, "a time needs a full date before the T"));
        }

        if (_inInterval)
        {
            return Set(EdtfMessages.Interval(at, "interval ends are dates without times"));
        }

        _pos++;
        return ReadTime(out time);
    }

    private bool ReadTime(out EdtfTime? time)
    {
        time = null;
        var hourAt = _pos;
        if (!ReadTwoDigits(out var hour) || !At(':'))
        {
            return Set(EdtfMessages.Time(_pos, ClockForm));
        }

        _pos++;
        var minuteAt = _pos;
        if (!ReadTwoDigits(out var minute))
        {
            return Set(EdtfMessages.Time(minuteAt, ClockForm));
        }

        if (hour > 23 || minute > 59)
        {
            return Set(EdtfMessages.Time(hour > 23 ? hourAt : minuteAt, $"{Slice(hourAt, _pos)} is not a time of day"));
        }

        int? second = null;
        if (At(':'))
        {
            _pos++;
            var secondAt = _pos;
            if (!ReadTwoDigits(out var s))
            {
                return Set(EdtfMessages.Time(secondAt, "write seconds with two digits, as in 19:12:05"));
            }

            if (s > 59)
            {
                return Set(EdtfMessages.Time(secondAt, $"{Slice(hourAt, _pos)} is not a time of day"));
            }

            second = s;
        }

        if (At('.') || At(','))
        {
            return Set(EdtfMessages.Time(_pos, "fractions of a second are not supported"));
        }

        string? offsetText = null;
        TimeSpan? offset = null;
        if (At('Z'))
        {
            _pos++;
            (offsetText, offset) = ("Z", TimeSpan.Zero);
        }
        else if ((At('+') || At('-')) && !ReadOffset(out offsetText, out offset))
        {
            return false;
        }

        time = new EdtfTime(hour, minute, second, offsetText, offset);
        return true;
    }

    private bool ReadOffset(out string? text, out TimeSpan? offset)
    {
        text = null;
        offset = null;
        var start = _pos;
        var negative = _text[_pos] == '-';
        _pos++;
        if (!ReadTwoDigits(out var hours) || !At(':'))
        {
            return Set(EdtfMessages.Time(_pos, OffsetForm));
        }

        _pos++;
        if (!ReadTwoDigits(out var minutes))
        {
            return Set(EdtfMessages.Time(_pos, OffsetForm));
        }

        if (hours > 14 || minutes > 59)
        {
            return Set(EdtfMessages.Time(start, $"{Slice(start, _pos)} is not a time zone offset"));
        }

        var span = new TimeSpan(hours, minutes, 0);
        (text, offset) = (Slice(start, _pos), negative ? -span : span);
        return true;
    }

    private bool ReadTwoDigits(out int value)
    {
        value = 0;
        if (_pos + 2 > _end || !IsDigit(_text[_pos]) || !IsDigit(_text[_pos + 1]))
        {
            return false;
        }

        value = ((_text[_pos] - '0') * 10) + (_text[_pos + 1] - '0');
        _pos += 2;
        return true;
    }
}
