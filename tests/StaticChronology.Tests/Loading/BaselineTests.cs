using StaticChronology.Model;
using StaticChronology.Tests.Support;

namespace StaticChronology.Tests.Loading;

public class BaselineTests
{
    [Fact]
    public void The_minimal_input_loads_without_diagnostics()
    {
        using var input = new TestInput();

        var result = input.Load();

        Expect.None(result.Diagnostics);
        var site = result.Input!;
        Assert.Equal("Test chronology", site.Settings.Title);
        Assert.Equal(["antony-blinken", "sergey-lavrov"], site.People.Select(p => p.Id));
        Assert.Equal("geneva", Assert.Single(site.Places).Id);
        Assert.Equal("nato", Assert.Single(site.Organizations).Id);
        Assert.Equal("seeds/geneva.txt", Assert.Single(site.Sources).Seed);
        Assert.Empty(site.UnreadableIds);

        var entry = result.SingleEntry();
        Assert.Equal("2022-01-21", entry.Date.Text);
        Assert.Equal("Blinken and Lavrov meet in Geneva", entry.Title);
        Assert.Equal(EntryStatus.Occurred, entry.Status);
        Assert.Equal("when they met on Jan. 21 in Geneva", Assert.Single(entry.Sources).Quote);
    }

    [Fact]
    public void The_minimal_input_assembles_without_diagnostics()
    {
        using var input = new TestInput();

        var result = input.Assemble();

        Expect.None(result.Diagnostics);
        Assert.Equal(TestInput.EntryId, Assert.Single(result.Chronology!.Entries).Id);
    }

    [Fact]
    public void Positions_of_references_are_where_the_ids_are_written()
    {
        using var input = new TestInput();

        var entry = input.Load().SingleEntry();

        Assert.Equal($"{TestInput.EntryPath}:4:10", Assert.Single(entry.People).Location.ToString());
        Assert.Equal($"{TestInput.EntryPath}:8:13", Assert.Single(entry.Sources).Source.Location.ToString());
    }

    [Fact]
    public void The_temporary_folder_is_deleted_on_dispose()
    {
        string root;
        using (var input = new TestInput())
        {
            root = input.Root;
            input.Link("input/entries/linked", input.Outside);
            Assert.True(Directory.Exists(root));
        }

        Assert.False(Directory.Exists(root));
        Assert.False(Directory.Exists(root + "-outside"));
    }
}
