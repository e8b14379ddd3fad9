using System.Globalization;
using System.Text;

namespace StaticChronology.Tests.Ingest.Scoring;

/// <summary>How the ingest did against a gold standard.</summary>
public sealed record IngestScore(
    int Articles,
    int PublicationDatesRight,
    int GoldEvents,
    int Entries,
    int MatchedEntries,
    int FoundWithRightDateAndSource,
    int MatchedWithRightDate,
    int MatchedGold,
    int MultiSourceEvents,
    int MultiSourceMerged,
    IReadOnlyList<string> Misses,
    IReadOnlyList<string> Spurious,
    IReadOnlyList<string> WrongDates,
    IReadOnlyList<string> Unmerged,
    IReadOnlyList<string> PublicationDateErrors)
{
    public double Precision => Entries == 0 ? 0 : (double)MatchedEntries / Entries;

    public double Recall => GoldEvents == 0 ? 0 : (double)FoundWithRightDateAndSource / GoldEvents;

    public double DateAccuracy => MatchedGold == 0 ? 0 : (double)MatchedWithRightDate / MatchedGold;

    public double MergeAccuracy => MultiSourceEvents == 0 ? 1 : (double)MultiSourceMerged / MultiSourceEvents;

    public string Report(string name)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Ingest score on {name}:");
        text.AppendLine(c, $"  publication dates right: {PublicationDatesRight}/{Articles}");
        text.AppendLine(c, $"  precision:      {Precision:P1} ({MatchedEntries} of {Entries} entries are gold events)");
        text.AppendLine(c, $"  recall:         {Recall:P1} ({FoundWithRightDateAndSource} of {GoldEvents} gold events found with the right date and a right source)");
        text.AppendLine(c, $"  date accuracy:  {DateAccuracy:P1} ({MatchedWithRightDate} of {MatchedGold} matched events dated right)");
        text.AppendLine(c, $"  merge accuracy: {MergeAccuracy:P1} ({MultiSourceMerged} of {MultiSourceEvents} multi-source events cite every source in one entry)");
        foreach (var (title, items) in new[] { ("missed", Misses), ("spurious", Spurious), ("wrong date", WrongDates), ("not merged", Unmerged), ("publication date", PublicationDateErrors) })
        {
            foreach (var item in items)
            {
                text.AppendLine(c, $"  {title}: {item}");
            }
        }

        return text.ToString();
    }
}
