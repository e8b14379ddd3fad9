using System.Collections.Immutable;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>The entries of one year: those dated only to the year (or coarser), then each month's.</summary>
public sealed record YearGroup(int Year, ImmutableArray<Entry> YearOnly, ImmutableArray<MonthGroup> Months)
{
    public int Count => YearOnly.Length + Months.Sum(m => m.Entries.Length);
}
