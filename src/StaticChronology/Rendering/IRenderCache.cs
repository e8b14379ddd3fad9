namespace StaticChronology.Rendering;

/// <summary>Lets a rebuild keep what an earlier render produced for the pages and files whose inputs did not change.</summary>
public interface IRenderCache
{
    /// <summary>Every entry's models by id: from an earlier render for an entry that is the same object, else <paramref name="make"/>'s.</summary>
    IReadOnlyDictionary<string, EntryViewModel> EntryModels(System.Collections.Immutable.ImmutableArray<Model.Entry> entries, Func<Model.Entry, EntryViewModel> make);

    /// <summary>
    /// A model made from a group of entries (a year of the home page) as made before when the group holds the
    /// same entries, unchanged, else <paramref name="make"/>'s: the same object, so a pure partial's output for it is kept.
    /// </summary>
    Scriban.Runtime.ScriptObject GroupModel(string key, IReadOnlyList<Model.Entry> entries, Func<Scriban.Runtime.ScriptObject> make);

    /// <summary>
    /// Each entry's part of a data file, in order: as written before for an entry that is the same object as last
    /// time, else <paramref name="make"/>'s.
    /// </summary>
    byte[][] Parts(string file, IReadOnlyList<Model.Entry> entries, Func<Model.Entry, byte[]> make);

    /// <summary>
    /// A value made from inputs that fit in numbers (a chart's counts) as made before under <paramref name="key"/> when
    /// the inputs are the same, else <paramref name="make"/>'s.
    /// </summary>
    T Remember<T>(string key, long[] inputs, Func<T> make);

    /// <summary>The page as rendered before, when nothing it shows has changed since; null to render it again.</summary>
    OutputFile? Find(PageJob job);

    /// <summary>Called with each page rendered, from any worker.</summary>
    void Keep(PageJob job, OutputFile file);

    /// <summary>A group of files made by code (<c>data</c>, <c>static</c>, <c>schema</c>): the earlier ones, or <paramref name="render"/>'s.</summary>
    IReadOnlyList<OutputFile> Files(string group, Func<IReadOnlyList<OutputFile>> render);
}
