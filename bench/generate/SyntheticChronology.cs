using System.Globalization;
using System.Text;

namespace StaticChronology.Generate;

/// <summary>
/// A chronology of N entries made from a fixed seed: registries of a few hundred people, places,
/// organisations, tags and sources, articles of a few kilobytes, and entries whose summaries, quotes and
/// annotations are as long as the hand-curated ones. The same N always gives the same chronology.
/// </summary>
public sealed class SyntheticChronology
{
    public const int PersonCount = 300;
    public const int PlaceCount = 200;
    public const int OrganizationCount = 120;
    public const int TagCount = 150;
    public const int SourceCount = 400;
    private const int SentencesPerArticle = 36;

    private static readonly string[] GivenNames = ["Anna", "Boris", "Clara", "Dmytro", "Elena", "Fiona", "Georg", "Hanna", "Ivan", "Julia", "Karl", "Lena", "Marek", "Nadia", "Olaf", "Petra", "Rui", "Sofia", "Tomas", "Ulla"];
    private static readonly string[] FamilyNames = ["Adler", "Brandt", "Costa", "Dahl", "Eriksen", "Fischer", "Gallo", "Horvat", "Ivanova", "Jansen", "Kovac", "Lind", "Moreau", "Novak", "Olsen", "Petrov"];
    private static readonly string[] PlaceStems = ["North", "South", "East", "West", "Upper", "Lower", "New", "Old", "Port", "Lake"];
    private static readonly string[] PlaceRoots = ["Aldmere", "Brenna", "Corvale", "Dunhill", "Eskford", "Farrow", "Glenmarch", "Holmsted", "Istria", "Jaroslav", "Kestrel", "Lowmoor", "Marlow", "Norvik", "Ostrava", "Pellam", "Quarry", "Rostov", "Selm", "Tarrow"];
    private static readonly string[] OrganizationKinds = ["Council", "Ministry", "Commission", "Alliance", "Agency", "Assembly", "Bank", "Union"];
    private static readonly string[] OrganizationTopics = ["Defence", "Energy", "Trade", "Foreign Affairs", "Security", "Transport", "Finance", "Health", "Agriculture", "Fisheries", "Telecommunications", "Water", "Customs", "Space", "Justice"];
    private static readonly string[] Verbs = ["met", "warned", "called", "visited", "rejected", "proposed", "condemned", "welcomed", "questioned", "confirmed", "denied", "announced"];
    private static readonly string[] Topics = ["sanctions", "security guarantees", "troop movements", "gas supplies", "the talks", "arms deliveries", "border crossings", "grain exports", "the ceasefire", "prisoner exchanges", "the pipeline", "air defence", "the treaty", "observers", "the summit"];
    private static readonly string[] Clauses = [
        "after weeks of preparation by officials on both sides",
        "although neither delegation published a joint statement afterwards",
        "in a session that ran well past its scheduled end",
        "while protesters gathered outside the building",
        "according to two people familiar with the discussions",
        "a move that several analysts described as long overdue",
        "despite earlier reports that the meeting had been postponed",
        "in what officials called a constructive but difficult exchange",
    ];
    private static readonly string[] Outlets = ["The Daily Record", "Evening Courier", "The Northern Times", "Wire Service International", "The Chronicle", "Morning Ledger"];
    private static readonly string[] Statuses = ["planned", "reported", "denied"];
    private static readonly string[] AnnotationKinds = ["context", "discrepancy", "date", "note"];

    private readonly string[][] _articles;

    public SyntheticChronology(int entries)
    {
        EntryCount = entries;
        People = Names(PersonCount, (i, r) => $"{r.Pick(GivenNames)} {r.Pick(FamilyNames)} {Roman(i)}");
        Places = Names(PlaceCount, (i, r) => $"{r.Pick(PlaceStems)} {PlaceRoots[i % PlaceRoots.Length]} {Roman(i)}");
        Organizations = Names(OrganizationCount, (i, r) => $"{r.Pick(OrganizationKinds)} for {r.Pick(OrganizationTopics)} {Roman(i)}");
        Tags = Names(TagCount, (i, r) => $"{r.Pick(Topics).Replace("the ", string.Empty, StringComparison.Ordinal)} {i}");
        _articles = new string[SourceCount][];
        for (var s = 0; s < SourceCount; s++)
        {
            var random = new SplitMix((ulong)(1_000_000 + s));
            var sentences = new string[SentencesPerArticle];
            for (var i = 0; i < sentences.Length; i++)
            {
                sentences[i] = Sentence(random) + " " + Sentence(random);
            }

            _articles[s] = sentences;
        }
    }

    public int EntryCount { get; }

    public IReadOnlyList<string> People { get; }

    public IReadOnlyList<string> Places { get; }

    public IReadOnlyList<string> Organizations { get; }

    public IReadOnlyList<string> Tags { get; }

    public static string PersonId(int i) => Inv($"person-{i:D3}");

    public static string PlaceId(int i) => Inv($"place-{i:D3}");

    public static string OrganizationId(int i) => Inv($"organisation-{i:D3}");

    public static string TagId(int i) => Inv($"tag-{i:D3}");

    public static string SourceId(int s) => Inv($"report-{s:D3}");

    public static string SourceTitle(int s) => Inv($"Report number {s} on the negotiations");

    public static string SourceOutlet(int s) => Outlets[s % Outlets.Length];

    /// <summary>Sources are published a few days apart across the same quarter-century as the entries.</summary>
    public static DateOnly SourcePublished(int s) => Day(s * 23 + 5);

    public string Article(int s) => string.Join("\n\n", _articles[s]) + "\n";

    /// <summary>Entries in date order, spread evenly over 25 years, so the count per month grows with N.</summary>
    public IEnumerable<SyntheticEntry> Entries()
    {
        for (var e = 0; e < EntryCount; e++)
        {
            yield return Entry(e);
        }
    }

    public SyntheticEntry Entry(int e)
    {
        var random = new SplitMix((ulong)e * 7919UL + 17UL);
        var date = Day((int)((long)e * 9131 / Math.Max(EntryCount, 1)));
        var who = random.Below(PersonCount);
        var whom = random.Below(PersonCount);
        var topic = random.Pick(Topics);
        var title = Inv($"{People[who]} {random.Pick(Verbs)} {People[whom]} over {topic}");
        var id = Inv($"{date:yyyy-MM-dd}-event-{e:D6}");

        var summary = new StringBuilder();
        summary.Append(Inv($"{People[who]} {random.Pick(Verbs)} {People[whom]} in {Places[random.Below(PlaceCount)]} over {topic}, {random.Pick(Clauses)}. "));
        summary.Append(Inv($"The *{Organizations[random.Below(OrganizationCount)]}* said the outcome would shape {random.Pick(Topics)} for months, "));
        summary.Append(Inv($"and {People[random.Below(PersonCount)]} is expected to report back **before the end of the month**."));

        var citations = new List<SyntheticCitation>();
        var count = 1 + random.Below(3);
        for (var c = 0; c < count; c++)
        {
            var source = random.Below(SourceCount);
            var sentence = _articles[source][random.Below(SentencesPerArticle)];
            citations.Add(new SyntheticCitation(source, sentence, random.Below(3) == 0 ? null : who));
        }

        var annotations = new List<(string, string)>();
        for (var a = random.Below(3); a > 0; a--)
        {
            annotations.Add((random.Pick(AnnotationKinds), Sentence(random) + " " + Sentence(random) + " " + Sentence(random)));
        }

        return new SyntheticEntry(
            id,
            date,
            title,
            summary.ToString(),
            random.Below(10) == 0 ? random.Pick(Statuses) : null,
            Distinct([who, whom, random.Below(PersonCount)]),
            Distinct([random.Below(PlaceCount), random.Below(PlaceCount)]),
            Distinct([random.Below(OrganizationCount)]),
            Distinct([random.Below(TagCount), random.Below(TagCount), random.Below(TagCount)]),
            citations,
            annotations);
    }

    private static List<int> Distinct(int[] values)
    {
        var list = new List<int>(values.Length);
        foreach (var value in values)
        {
            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }

        return list;
    }

    private static string[] Names(int count, Func<int, SplitMix, string> make)
    {
        var random = new SplitMix((ulong)count);
        var names = new string[count];
        for (var i = 0; i < count; i++)
        {
            names[i] = make(i, random);
        }

        return names;
    }

    private static string Sentence(SplitMix random) =>
        Inv($"Officials from {random.Pick(PlaceRoots)} {random.Pick(Verbs)} the proposal on {random.Pick(Topics)}, {random.Pick(Clauses)}.");

    private static string Roman(int i) => Inv($"{(char)('A' + (i % 26))}{i / 26}");

    private static DateOnly Day(int offset) => new DateOnly(2000, 1, 3).AddDays(offset);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
