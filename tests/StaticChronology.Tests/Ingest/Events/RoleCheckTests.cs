using StaticChronology.Diagnostics;
using StaticChronology.Ingest.Entities;
using StaticChronology.Model;

namespace StaticChronology.Tests.Ingest.Events;

public sealed class RoleCheckTests
{
    private static readonly SourceLocation Here = SourceLocation.FileStart("test");

    private static readonly RegistryItem[] People =
    [
        new(RegistryKind.Person, "joe-biden", Here, "Joe Biden", ["Biden"], "President of the United States.", null),
        new(RegistryKind.Person, "antony-blinken", Here, "Antony Blinken", ["Blinken"], "United States Secretary of State.", null),
        new(RegistryKind.Person, "oleksii-reznikov", Here, "Oleksii Reznikov", ["Reznikov"], "Defence Minister of Ukraine.", null),
        new(RegistryKind.Person, "james-cleverly", Here, "James Cleverly", ["Cleverly"], "A junior minister at the Foreign Office (not Foreign Secretary).", null),
    ];

    private static IReadOnlyList<RoleMismatch> Find(string sentence) =>
        RoleCheck.Find(sentence, new EntityMatcher(People), People.ToDictionary(p => p.Id));

    [Fact]
    public void A_wrong_office_before_a_name_is_caught()
    {
        var mismatch = Assert.Single(Find("Before the talks, US Secretary of State Biden sends a two-part message to the Kremlin."));

        Assert.Equal("joe-biden", mismatch.PersonId);
        Assert.Equal("Secretary of State", mismatch.Role);
    }

    [Fact]
    public void An_office_the_description_names_only_to_deny_is_caught()
    {
        Assert.Equal("Foreign Secretary", Assert.Single(Find("He met Foreign Secretary James Cleverly in London.")).Role);
    }

    [Fact]
    public void Right_offices_spelling_variants_and_informal_words_pass()
    {
        Assert.Empty(Find("US Secretary of State Antony Blinken met President Joe Biden and Ukrainian Defense Minister Oleksii Reznikov."));
        Assert.Empty(Find("The spokesman Blinken said nothing, and adviser Biden agreed."));
    }
}
