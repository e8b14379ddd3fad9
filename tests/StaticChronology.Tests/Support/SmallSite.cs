namespace StaticChronology.Tests.Support;

/// <summary>A small but complete chronology: three entries of different date kinds, two sources, every registry, a page.</summary>
public static class SmallSite
{
    public const string SeedA = "Blinken and Lavrov met on Jan. 21 in Geneva. \u201CWe are committed to diplomacy,\u201D said Blinken. Lavrov said he did not expect a \u201Cbreakthrough\u201D.\n";

    public const string SeedB = "Talks between the USA and Russia are planned in Geneva on January 10th. Blinken phoned Kuleba on Friday.\n";

    public static Dictionary<string, string> Files() => new(StringComparer.Ordinal)
    {
        ["seeds/a.txt"] = SeedA,
        ["seeds/b.txt"] = SeedB,
        ["input/chronology.yml"] = """
            title: Test chronology
            description: A chronology written by a test.
            base_url: https://chronology.example/
            language: en
            """,
        ["input/people.yml"] = """
            - id: antony-blinken
              name: Antony Blinken
              aliases: [Anthony Blinken]
              description: US Secretary of State.
              wikidata: Q4775232
            - id: sergey-lavrov
              name: Sergey Lavrov
            - id: dmytro-kuleba
              name: Dmytro Kuleba
            """,
        ["input/places.yml"] = """
            - id: geneva
              name: Geneva
            """,
        ["input/organizations.yml"] = """
            - id: nato
              name: NATO
            """,
        ["input/sources/report-a.yml"] = """
            id: report-a
            title: Blinken warns Lavrov
            published: 2022-01-21T19:12
            published_basis: stated
            published_note: "Dateline '21 January 2022, 07:12 PM'."
            language: en
            seed: seeds/a.txt
            """,
        ["input/sources/report-b.yml"] = """
            id: report-b
            title: Carrot and stick
            published: 2022-01-07
            published_basis: inferred
            published_note: From 'on Friday' and 'the coming week - January 10th'.
            language: en
            translated_from: de
            seed: seeds/b.txt
            """,
        ["input/entries/2022/2022-01-21-geneva-meeting.yml"] = """
            date: 2022-01-21
            title: Blinken and Lavrov meet in Geneva
            summary: |
              The US and Russian foreign ministers met in **Geneva**. Neither expected a breakthrough.
            people: [antony-blinken, sergey-lavrov]
            places: [geneva]
            tags: [diplomacy]
            sources:
              - source: report-a
                quote: "We are committed to diplomacy,"
                said_by: antony-blinken
            annotations:
              - kind: discrepancy
                text: One report calls the meeting *talks*.
              - kind: date
                text: Stated as "Jan. 21".
            related:
              - entry: 2022-01-10-geneva-talks
                relation: follows
            """,
        ["input/entries/2022/2022-01-10-geneva-talks.yml"] = """
            date: 2022-01-10
            title: US–Russia talks in Geneva
            summary: Bilateral talks on security guarantees.
            status: planned
            places: [geneva]
            organizations: [nato]
            tags: [diplomacy, security-guarantees]
            sources:
              - source: report-b
                quote: Talks between the USA and Russia are planned in Geneva
            """,
        ["input/entries/2022/2022-01-call-window.yml"] = """
            date: 2022-01-07~/2022-01-09
            title: Blinken phones Kuleba
            people: [antony-blinken, dmytro-kuleba]
            sources:
              - report-b
            """,
        ["input/pages/about.md"] = """
            ---
            title: About this chronology
            description: What it covers.
            order: 1
            ---
            It covers **January 2022**. See the [home page](/).
            """,
    };
}
