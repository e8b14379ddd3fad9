using System.Collections.Immutable;
using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Articles;
using StaticChronology.Ingest.Dating;
using StaticChronology.Ingest.Entities;
using StaticChronology.Ingest.Events;
using StaticChronology.Model;

namespace StaticChronology.Tests.Ingest.Events;

/// <summary>The ingest's rules one at a time, on short articles written for each rule.</summary>
public sealed class IngestRuleTests
{
    private static readonly SourceLocation Here = SourceLocation.FileStart("test");

    private static readonly EntityMatcher Matcher = new(
    [
        Person("ana-ruiz", "Ana Ruiz"),
        Person("ben-okafor", "Ben Okafor"),
        Person("cleo-varga", "Cleo Varga"),
        new RegistryItem(RegistryKind.Place, "lisbon", Here, "Lisbon", [], null, null),
        new RegistryItem(RegistryKind.Place, "oslo", Here, "Oslo", [], null, null),
    ]);

    private static RegistryItem Person(string id, string name) => new(RegistryKind.Person, id, Here, name, [name.Split(' ')[^1]], null, null);

    private static ArticleEvidence Evidence(string seed, string text)
    {
        var article = ArticleReader.Read(seed, text);
        return new ArticleEvidence(seed, article, EventExtractor.Read(article, Matcher));
    }

    private static IReadOnlyList<EventCandidate> Events(string text, DateOnly published) =>
        EventExtractor.Extract(Evidence("a.txt", text).Clauses, "a.txt", published);

    [Fact]
    public void An_undated_article_is_dated_from_an_event_another_article_dates()
    {
        var stated = Evidence("a.txt", "Ruiz and Okafor meet in Lisbon\n\n21 January 2022, 10:00 AM\n\nAna Ruiz met Ben Okafor in Lisbon on Jan. 21, the two ministers said afterwards in a statement.\n");
        var undated = Evidence("b.txt", "Ministers to meet\n\nAna Ruiz will meet Ben Okafor tomorrow in Lisbon, her office said in a short statement to the press.\n");

        var dates = PublicationDating.Decide([stated, undated]);

        Assert.Equal("2022-01-21", dates["a.txt"].Published);
        Assert.Equal(PublishedBasis.Stated, dates["a.txt"].Basis);
        Assert.Equal("2022-01-20", dates["b.txt"].Published);
        Assert.Equal(PublishedBasis.Inferred, dates["b.txt"].Basis);
        Assert.Contains("tomorrow", dates["b.txt"].Note, StringComparison.Ordinal);
        Assert.False(dates["b.txt"].NeedsReview);
    }

    [Fact]
    public void An_article_nothing_dates_gets_no_invented_date_and_is_flagged()
    {
        var undated = Evidence("b.txt", "Talks\n\nAna Ruiz said on Tuesday that talks with Ben Okafor were going well and would go on for some time.\n");

        var date = PublicationDating.Decide([undated])["b.txt"];

        Assert.True(date.NeedsReview);
        Assert.Null(date.Reading);
        Assert.Contains("XX", date.Published, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_on_different_days_never_merge_even_with_the_same_people_and_place()
    {
        var events = Events("Talks\n\nAna Ruiz met Ben Okafor in Lisbon on Jan. 20. Ana Ruiz met Ben Okafor in Lisbon again on Jan. 21 to sign the text.\n", new DateOnly(2022, 1, 22));

        var groups = EventMerger.Merge(events);

        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Single(g.Select(c => c.Date).Distinct()));
    }

    [Fact]
    public void Two_reports_of_one_meeting_in_two_articles_merge_and_a_meeting_elsewhere_that_day_does_not()
    {
        var a = EventExtractor.Extract(Evidence("a.txt", "A\n\nAna Ruiz met Ben Okafor in Lisbon on Jan. 21 for three hours of talks.\n").Clauses, "a.txt", new DateOnly(2022, 1, 22));
        var b = EventExtractor.Extract(Evidence("b.txt", "B\n\nOkafor and Ruiz held talks in Lisbon on Friday, officials said in a statement.\n").Clauses, "b.txt", new DateOnly(2022, 1, 22));
        var c = EventExtractor.Extract(Evidence("c.txt", "C\n\nCleo Varga met officials in Oslo on Jan. 21 for talks about fishing rights.\n").Clauses, "c.txt", new DateOnly(2022, 1, 22));

        var groups = EventMerger.Merge([.. a, .. b, .. c]);

        Assert.Equal(2, groups.Count);
        Assert.Contains(groups, g => g.Select(r => r.Seed).Order().SequenceEqual(["a.txt", "b.txt"]));
    }

    [Fact]
    public void A_hedged_forecast_is_not_an_event_but_a_scheduled_meeting_is_planned()
    {
        var events = Events("Outlook\n\nAna Ruiz may visit Oslo next week, aides said. Ben Okafor will meet Cleo Varga in Lisbon on Jan. 28, his office announced.\n", new DateOnly(2022, 1, 21));

        var planned = Assert.Single(events);
        Assert.Equal("2022-01-28", planned.Date);
        Assert.Equal(EntryStatus.Planned, planned.Status);
    }

    [Fact]
    public void A_year_inside_a_speakers_own_words_does_not_date_the_statement()
    {
        var events = Events("Interview\n\n\"We saw this happen in 2014, and it is happening again,\" Ana Ruiz told reporters after the meeting.\n", new DateOnly(2022, 1, 21));

        Assert.DoesNotContain(events, e => e.Date == "2014");
    }

    [Fact]
    public void An_event_placed_a_day_after_another_is_dated_from_the_sentence_subject()
    {
        var events = Events("Day\n\nToday’s talks in Oslo come a day after Ana Ruiz’s visit to Lisbon, where she met Ben Okafor.\n", new DateOnly(2022, 1, 20));

        Assert.Contains(events, e => e.Date == "2022-01-19" && e.People.Contains("ana-ruiz"));
    }

    [Fact]
    public void The_start_of_a_state_cites_the_event_that_began_it_but_is_never_an_entry_by_itself()
    {
        var a = EventExtractor.Extract(Evidence("a.txt", "A\n\nThe port of Lisbon suspended all ferry crossings on Jan. 3 after the storm damaged the pier.\n").Clauses, "a.txt", new DateOnly(2022, 1, 4));
        var b = EventExtractor.Extract(Evidence("b.txt", "B\n\nFerry crossings from Lisbon have been suspended since Jan. 3, the harbour master said.\n").Clauses, "b.txt", new DateOnly(2022, 1, 10));
        var c = EventExtractor.Extract(Evidence("c.txt", "C\n\nThe Oslo office has been closed since Jan. 3 for repairs to the heating.\n").Clauses, "c.txt", new DateOnly(2022, 1, 10));

        var groups = EventMerger.Merge([.. a, .. b, .. c]);

        var group = Assert.Single(groups);
        Assert.Equal(["a.txt", "b.txt"], group.Select(r => r.Seed).Order());
    }
}
