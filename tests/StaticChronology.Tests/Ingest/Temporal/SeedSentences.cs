using System.Text.RegularExpressions;

namespace StaticChronology.Tests.Ingest.Temporal;

/// <summary>Splits a seed article into sentences well enough to test the tagger on real text.</summary>
/// <remarks>A full stop ends a sentence unless it ends an abbreviation the seeds use ("Jan.", "U.S.").</remarks>
public static partial class SeedSentences
{
    public static IEnumerable<string> Of(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var pending = string.Empty;
            foreach (var piece in Boundary().Split(line.Trim()))
            {
                pending += (pending.Length > 0 ? " " : string.Empty) + piece;
                if (!Abbreviation().IsMatch(pending))
                {
                    yield return pending;
                    pending = string.Empty;
                }
            }

            if (pending.Length > 0)
            {
                yield return pending;
            }
        }
    }

    [GeneratedRegex(@"(?<=[.!?][”""’]?)\s+(?=[“""‘]?[A-Z])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Gen|U\.S|U\.K)\.$")]
    private static partial Regex Abbreviation();
}
