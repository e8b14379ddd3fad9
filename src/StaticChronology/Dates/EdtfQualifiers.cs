namespace StaticChronology.Dates;

/// <summary>The EDTF level 1 marks on a date: <c>?</c> uncertain, <c>~</c> approximate, <c>%</c> both.</summary>
[Flags]
public enum EdtfQualifiers
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
    UncertainAndApproximate = Uncertain | Approximate,
}
