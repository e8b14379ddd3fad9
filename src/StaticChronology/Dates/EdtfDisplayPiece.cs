namespace StaticChronology.Dates;

// One run of reader text; DateTime is set when the run names a date and becomes a <time> element in HTML.
// Building both the plain and the HTML form from the same pieces keeps their visible text identical.
internal readonly record struct EdtfDisplayPiece(string Text, string? DateTime);
