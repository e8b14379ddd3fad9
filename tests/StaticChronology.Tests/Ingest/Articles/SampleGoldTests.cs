using StaticChronology.Dates;
using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Entities;
using StaticChronology.Loading;
using StaticChronology.Model;
using StaticChronology.Tests.Ingest.Scoring;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Ingest.Articles;

/// <summary>The samples' gold file reads with the scorer's loader and names only files and people that exist.</summary>
public sealed class SampleGoldTests
{
    private static readonly GoldStandard Gold = GoldStandard.Load(Path.Combine(Repository.Root, "tests", "StaticChronology.Tests", "Ingest", "Gold", "samples.gold.yml"));

    private static System.Collections.Immutable.ImmutableArray<RegistryItem> People()
    {
        var path = Path.Combine(ArticleFiles.Samples, "people.yml");
        var bag = new DiagnosticBag();
        var people = RegistryReader.Read(new SourceText(path, File.ReadAllText(path)), RegistryKind.Person, bag);
        Assert.Empty(bag.ToSortedArray());
        return people;
    }

    [Fact]
    public void Every_article_path_exists_and_every_sample_is_annotated()
    {
        Assert.All(Gold.Articles, a => Assert.True(File.Exists(Path.Combine(Repository.Root, a.Seed)), a.Seed + " does not exist"));
        Assert.Equal(ArticleFiles.SampleArticles, Gold.Articles.Select(a => a.Seed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_event_cites_annotated_articles_and_known_people_with_valid_dates()
    {
        var articles = Gold.Articles.Select(a => a.Seed).ToHashSet(StringComparer.Ordinal);
        var people = People().Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(Gold.Events);
        Assert.All(Gold.Events, e =>
        {
            Assert.True(EdtfParser.TryParse(e.Date, out _, out var error), $"{e.What}: {error}");
            Assert.NotEmpty(e.Sources);
            Assert.NotEmpty(e.Keywords);
            Assert.All(e.Sources, s => Assert.Contains(s, articles));
            Assert.All(e.Actors, a => Assert.Contains(a, people));
        });
        Assert.All(Gold.Articles, a => Assert.True(EdtfParser.TryParse(a.Published, out _, out _), a.Seed));
        Assert.All(Gold.Articles, a => Assert.Contains(a.Basis, new[] { "stated", "inferred" }));
    }

    [Fact]
    public void Every_event_keyword_and_actor_appears_in_one_of_its_articles()
    {
        var matcher = new EntityMatcher(People());
        foreach (var e in Gold.Events)
        {
            var texts = e.Sources.Select(ArticleFiles.Text).ToList();
            Assert.True(texts.Any(t => e.Keywords.Any(k => t.Contains(k, StringComparison.Ordinal))), $"{e.What}: no keyword in its articles");
            Assert.All(e.Actors, a => Assert.True(texts.Any(t => matcher.Find(t).Any(m => m.Id == a)), $"{e.What}: {a} not found"));
        }
    }

    [Fact]
    public void A_stated_date_is_the_one_the_reader_finds_and_an_inferred_one_is_not_stated()
    {
        foreach (var a in Gold.Articles)
        {
            var published = ArticleFiles.Read(a.Seed).Published;
            if (a.Basis == "stated")
            {
                Assert.Equal(a.Published, published?.Edtf);
            }
            else
            {
                Assert.Null(published?.Edtf);
            }
        }
    }
}
