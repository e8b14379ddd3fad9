namespace StaticChronology.Ingest.Temporal;

/// <summary>
/// The tagger's patterns and negative patterns as data, in the manner of HeidelTime's rule files. Placeholders
/// (%MONTH, %DAY, %NUM...) expand to alternations of <see cref="TemporalLexicon"/>; see <see cref="TemporalPatterns"/>.
/// </summary>
/// <remarks>
/// Every rule runs over the whole sentence; where matches overlap the longest wins, then the earliest, then the one
/// listed first. A match that overlaps a negative is dropped before that choice.
/// </remarks>
internal static class TemporalRules
{
    public static readonly IReadOnlyList<TemporalRule> All =
    [
        new("month-day-year", MentionKind.FullDate, @"%MONTH\s+%DAY,?\s+%YEAR"),
        new("day-month-year", MentionKind.FullDate, @"\b%DAY\s+%MONTH,?\s+%YEAR"),
        new("the-day-of-month-year", MentionKind.FullDate, @"\bthe\s+%DAY\s+of\s+%MONTH,?\s+%YEAR"),
        new("iso-date", MentionKind.FullDate, @"(?<![\d-])%YEAR-(?<monthnumber>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\d-])"),

        new("numeric-date", MentionKind.NumericDate, @"(?<![\d/.])(?<first>\d{1,2})(?<separator>[./])(?<second>\d{1,2})\k<separator>%YEAR(?![/]|\.\d)"),

        new("weekday-month-day", MentionKind.WeekdayDate, @"%WEEKDAY,?\s+%MONTH\s+%DAY(?:,?\s+%YEAR)?"),
        new("weekday-day-month", MentionKind.WeekdayDate, @"%WEEKDAY,?\s+(?:the\s+)?%DAY\s+(?:of\s+)?%MONTH(?:,?\s+%YEAR)?"),

        new("month-day", MentionKind.MonthDay, @"%MONTH\s+%DAY"),
        new("day-month", MentionKind.MonthDay, @"\b%DAY\s+%MONTH"),
        new("the-day-of-month", MentionKind.MonthDay, @"\bthe\s+%DAY\s+of\s+%MONTH"),

        new("weekday", MentionKind.Weekday, @"(?:\bon\s+)?(?:\b%DIR\s+)?%WEEKDAY"),

        new("deictic", MentionKind.Deictic, @"\b%DEICTIC\b"),

        new("direction-unit", MentionKind.RelativeUnit, @"\b%DIR\s+%UNIT1"),
        new("the-weekend", MentionKind.RelativeUnit, @"\b(?:over\s+)?the\s+(?<unit>weekend)\b"),

        new("ago", MentionKind.Offset, @"\b(?:%HEDGE\s+)?%NUM\s+%UNIT\s+ago\b", Sign: -1),
        new("from-now", MentionKind.Offset, @"\b%NUM\s+%UNIT\s+from\s+now\b", Sign: 1),
        new("in-units", MentionKind.Offset, @"\bin\s+%NUM\s+%UNIT(?!\s+ago)", Sign: 1),
        new("earlier-later", MentionKind.Offset, @"\b%NUM\s+%UNIT\s+(?<relation>earlier|later|before|after|afterwards)\b", Anchor: OffsetAnchor.LastMentioned),
        new("the-next-day", MentionKind.Offset, @"\bthe\s+(?<relation>next|following|previous|preceding)\s+(?<unit>day)\b", Anchor: OffsetAnchor.LastMentioned),
        new("the-day-after", MentionKind.Offset, @"\bthe\s+(?<unit>day)\s+(?<relation>before|after)\b", Anchor: OffsetAnchor.LastMentioned),

        new("the-next-units", MentionKind.Duration, @"\b(?:within\s+)?the\s+%DIR\s+%NUM\s+%UNIT"),
        new("the-past-unit", MentionKind.Duration, @"\bthe\s+(?<dir>past|last)\s+(?<unit>week|month|year|decade)\b(?!\s+(?:or|and)\b)"),
        new("within-units", MentionKind.Duration, @"\bwithin\s+%NUM\s+%UNIT", Sign: 1),
        new("for-units", MentionKind.Duration, @"\bfor\s+(?:%HEDGE\s+)?%NUM\s+%UNIT", Anchor: OffsetAnchor.None),

        new("part-of-the-unit", MentionKind.PartOfPeriod, @"\b(?:the\s+)?(?<part>end|beginning|start|middle)\s+of\s+(?:the|this)\s+(?<unit>week|month|year)\b"),

        new("month-year", MentionKind.MonthOrYear, @"%MONTH,?\s+%YEAR"),
        new("month", MentionKind.MonthOrYear, @"%MONTHNAME"),
        new("may", MentionKind.MonthOrYear, @"(?<=\b(?:in|of|since|until|by|early|mid|late|last|next|this|from|through|to)[\s-]+)(?<month>(?-i:May))\b"),
        new("year", MentionKind.MonthOrYear, @"(?<![\w$€£.,/])(?<!(?<!\bmid)-)%YEAR(?![%\w]|[.,/]\d|-\w)"),
        new("decade", MentionKind.MonthOrYear, @"\bthe\s+(?<decade>1[89]\d0|20\d0)s\b"),
        new("short-decade", MentionKind.MonthOrYear, @"\bthe\s+['’](?<shortdecade>\d0)s\b"),

        new("time-12h", MentionKind.TimeOfDay, @"(?:\bat\s+)?%TIME12(?:\s+%ZONE)?"),
        new("time-24h", MentionKind.TimeOfDay, @"(?:\bat\s+)?(?<![\d:])%TIME24(?:\s+%ZONE)?"),
        new("noon", MentionKind.TimeOfDay, @"\b(?:at\s+)?(?<noon>noon|midnight)\b(?:\s+%ZONE)?"),

        new("vague", MentionKind.Vague, @"\b%VAGUE\b"),
    ];

    /// <summary>Look-alikes that are not dates: ages, designations, counts, money, percentages.</summary>
    public static readonly IReadOnlyList<string> Negatives =
    [
        @"\b\d+[-\s]years?[-\s]olds?\b",
        @"\baged\s+\d+\b",
        @"\b\d+\s+years\s+old\b",
        @"\b(?!(?:mid|early|late)-)[A-Za-z]{1,10}-\d+[A-Za-z]?\b",
        @"\b24/7\b",
        @"\b\d{1,3}(?:,\d{3})+\b",
        @"\b\d+(?:[,.]\d+)*\s+%COUNTNOUN\b",
        @"%DESIGNATION\s*\d+",
        @"\b\d+(?:\.\d+)?\s?(?:%|per\s?cent\b)",
        @"[$€£₴₽]\s?\d[\d,.]*",
    ];
}
