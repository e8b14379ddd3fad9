using System.Text;
using StaticChronology.Ingest.Writing;

namespace StaticChronology.Cli;

/// <summary>The text of a new entry file: the required keys filled in, every optional key shown commented out, each with a line on what it holds.</summary>
/// <remarks>
/// The keys and their order follow EntryReader; a test checks that every key the loader accepts
/// appears here, so the template cannot fall behind the format.
/// </remarks>
public static class EntryTemplate
{
    public static string Write(string schema, string date, string title, string? source)
    {
        var text = new StringBuilder();
        void Line(string line) => text.Append(line).Append('\n');

        Line("# yaml-language-server: $schema=" + schema);
        Line("# A new entry. Required keys are filled in; optional ones are commented out: delete the '# ' to");
        Line("# use one. CONTRIBUTING.md explains every key and the editorial rules; check with 'chrono check'.");
        Line(string.Empty);
        Line("# When the event happened, not when it was reported (EDTF): 2022-01-21, 2022-01, 2022,");
        Line("# 2022-01-21~ (about), 2022-01-21? (uncertain), 2021-12-XX, 2022-01-10/2022-01-13, ../2022-01-20.");
        Line("date: " + date);
        Line("# Short, factual, plain text. Attribute contested claims: \"White House says ...\".");
        Line("title: " + YamlText.Scalar(title));
        Line("# One to three factual sentences drawn from the sources, in Markdown.");
        Line("# summary: |");
        Line("#   Blinken met Lavrov in Geneva on 21 January.");
        Line("# occurred (the default), planned, reported (a claim not confirmed) or denied.");
        Line("# status: occurred");
        Line("# Ids from people.yml, places.yml and organizations.yml.");
        Line("# people: [antony-blinken]");
        Line("# places: [geneva]");
        Line("# organizations: [nato]");
        Line("# Topics from the set in use (CONTRIBUTING.md lists them).");
        Line("# tags: [diplomacy]");
        Line("# At least one source; the quote is copied character for character from its text in seeds/,");
        Line("# and said_by names the person the source attributes the words to.");
        if (source is null)
        {
            Line("sources:");
            Line("#  - source: source-id");
            Line("#    quote: \"The words that support this entry.\"");
            Line("#    said_by: person-id");
        }
        else
        {
            Line("sources:");
            Line("  - source: " + source);
            Line("#    quote: \"The words that support this entry.\"");
            Line("#    said_by: person-id");
        }

        Line("# Notes: kind is context, discrepancy (sources disagree: say so, do not pick silently),");
        Line("# correction, date (how the date was worked out) or note.");
        Line("# annotations:");
        Line("#   - kind: date");
        Line("#     text: Dated from \"on Friday\" in a report published on Tuesday 18 January 2022.");
        Line("# Related entries: an id, or entry with relation follows, responds-to, same-event or contradicts.");
        Line("# related:");
        Line("#   - entry: 2022-01-18-blinken-lavrov-call");
        Line("#     relation: follows");
        Line("# true keeps the entry out of the published site until it is ready.");
        Line("# draft: true");
        return text.ToString();
    }
}
