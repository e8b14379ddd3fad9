using System.Collections.Immutable;
using StaticChronology.Model;

namespace StaticChronology.Assembly;

/// <summary>The entries that fall in one month, in chronological order.</summary>
public sealed record MonthGroup(int Year, int Month, ImmutableArray<Entry> Entries);
