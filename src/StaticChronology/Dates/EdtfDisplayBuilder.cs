namespace StaticChronology.Dates;

// Turns a value into reader text in British style; see EdtfDisplay for the forms.
internal static class EdtfDisplayBuilder
{
    private const string SpacedDash = " – ";
    private const string Dash = "–";

    internal static List<EdtfDisplayPiece> Build(EdtfValue value)
    {
        var pieces = new List<EdtfDisplayPiece>();
        var (start, end) = (value.Start, value.End);
        if (start is not null && end is not null)
        {
            if (!value.IsInterval || start.Text == end.Text)
            {
                AddMarked(pieces, start);
            }
            else
            {
                AddBothEnds(pieces, start, end);
            }
        }
        else if (end is not null)
        {
            AddPlain(pieces, value.StartKind == EdtfBoundKind.Open ? "until " : "unknown" + SpacedDash);
            AddMarked(pieces, end);
        }
        else if (start is not null)
        {
            var open = value.EndKind == EdtfBoundKind.Open;
            AddPlain(pieces, open ? "from " : string.Empty);
            AddMarked(pieces, start);
            AddPlain(pieces, open ? string.Empty : SpacedDash + "unknown");
        }

        return pieces;
    }

    internal static string Body(EdtfPoint point) => point.Precision switch
    {
        DatePrecision.Century => EdtfNames.Ordinal((point.Year / 100) + 1) + " century",
        DatePrecision.Decade => EdtfNames.Number(point.Year) + "s",
        DatePrecision.Year => EdtfNames.Number(point.Year),
        DatePrecision.Month => MonthYear(point),
        _ => EdtfNames.Number(point.Day ?? 1) + " " + MonthYear(point) + Clock(point.Time),
    };

    // Shared marks go around the whole range; differing marks stay with their own end, written in full.
    private static void AddBothEnds(List<EdtfDisplayPiece> pieces, EdtfPoint start, EdtfPoint end)
    {
        if (start.Qualifiers != end.Qualifiers)
        {
            AddMarked(pieces, start);
            AddPlain(pieces, SpacedDash);
            AddMarked(pieces, end);
            return;
        }

        var (prefix, suffix) = Marks(start.Qualifiers);
        var (startText, dash, endText) = Compressed(start, end) ?? Spread(start, end);
        AddPlain(pieces, prefix);
        pieces.Add(new EdtfDisplayPiece(startText, EdtfDisplay.HtmlDateTime(start)));
        AddPlain(pieces, dash);
        pieces.Add(new EdtfDisplayPiece(endText, EdtfDisplay.HtmlDateTime(end)));
        AddPlain(pieces, suffix);
    }

    // 10–20 February 2022, 28 January – 3 February 2022, January–March 2022: the shared year is written once.
    private static (string Start, string Dash, string End)? Compressed(EdtfPoint start, EdtfPoint end)
    {
        if (start.Year != end.Year || start.Precision != end.Precision || start.Time is not null || end.Time is not null
            || start.Month is not int startMonth || end.Month is not int endMonth)
        {
            return null;
        }

        var endText = Body(end);
        if (start.Precision == DatePrecision.Month)
        {
            return (EdtfNames.Month(startMonth), Dash, endText);
        }

        if (start.Precision != DatePrecision.Day)
        {
            return null;
        }

        var startDay = EdtfNames.Number(start.Day ?? 1);
        return startMonth == endMonth
            ? (startDay, Dash, endText)
            : (startDay + " " + EdtfNames.Month(startMonth), SpacedDash, endText);
    }

    // Single words (2020–2022) take a closed dash; anything with a space inside takes a spaced one.
    private static (string Start, string Dash, string End) Spread(EdtfPoint start, EdtfPoint end)
    {
        var (startText, endText) = (Body(start), Body(end));
        var spaced = startText.Contains(' ', StringComparison.Ordinal) || endText.Contains(' ', StringComparison.Ordinal);
        return (startText, spaced ? SpacedDash : Dash, endText);
    }

    private static void AddMarked(List<EdtfDisplayPiece> pieces, EdtfPoint point)
    {
        var (prefix, suffix) = Marks(point.Qualifiers);
        AddPlain(pieces, prefix);
        pieces.Add(new EdtfDisplayPiece(Body(point), EdtfDisplay.HtmlDateTime(point)));
        AddPlain(pieces, suffix);
    }

    private static void AddPlain(List<EdtfDisplayPiece> pieces, string text)
    {
        if (text.Length > 0)
        {
            pieces.Add(new EdtfDisplayPiece(text, null));
        }
    }

    private static (string Prefix, string Suffix) Marks(EdtfQualifiers qualifiers) => (
        (qualifiers & EdtfQualifiers.Approximate) != 0 ? "c. " : string.Empty,
        (qualifiers & EdtfQualifiers.Uncertain) != 0 ? " (uncertain)" : string.Empty);

    private static string MonthYear(EdtfPoint point) =>
        EdtfNames.Month(point.Month ?? 1) + " " + EdtfNames.Number(point.Year);

    private static string Clock(EdtfTime? time)
    {
        if (time is null)
        {
            return string.Empty;
        }

        var zone = time.IsUtc ? " UTC" : time.OffsetText is null ? string.Empty : " " + time.OffsetText;
        return ", " + time.Text[..(time.Second is null ? 5 : 8)] + zone;
    }
}
