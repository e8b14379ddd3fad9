using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Assembly;

/// <summary>Ids that look alike to a reader (case, Unicode normalisation) cannot name two things.</summary>
public sealed class IdentityTests
{
    [Theory]
    [InlineData("Geneva-Talks")]
    [InlineData("GENEVA-TALKS")]
    [InlineData("gen\u00E8va-talks")]
    [InlineData("gene\u0300va-talks")]
    [InlineData("geneva\u2010talks")]
    public void A_source_file_whose_id_differs_by_case_or_normalisation_is_refused_at_the_file(string id)
    {
        using var input = new TestInput();
        input.Write($"input/sources/{id}.yml", TestInput.Source.Replace("id: geneva-talks", "id: " + id, StringComparison.Ordinal));

        Expect.Has(input.Load().Diagnostics, $"input/sources/{id}.yml:1:1: error CHR104:", "ids use lower-case letters a-z");
    }

    [Theory]
    [InlineData("Antony-Blinken")]
    [InlineData("antony-blink\u00E9n")]
    [InlineData("antony-blinke\u0301n")]
    public void A_registry_id_differing_by_case_or_normalisation_is_refused_at_the_id(string id)
    {
        using var input = new TestInput();
        input.Write(TestInput.PeoplePath, TestInput.People + $"- id: {id}\n  name: Tony Blinken\n");

        Expect.Has(input.Load().Diagnostics, $"{TestInput.PeoplePath}:6:7: error CHR301:", $"'{id}' is not a valid id");
    }

    [Fact]
    public void The_same_source_id_in_two_files_is_reported_naming_both()
    {
        using var input = new TestInput();
        input.Write("input/sources/geneva-talks-copy.yml", TestInput.Source);

        var diagnostics = input.Assemble().Diagnostics;

        Expect.Has(diagnostics, "input/sources/geneva-talks-copy.yml:1:", "geneva-talks");
    }
}
