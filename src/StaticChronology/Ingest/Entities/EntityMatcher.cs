using System.Collections.Immutable;
using System.Text.RegularExpressions;
using StaticChronology.Diagnostics;
using StaticChronology.Loading;
using StaticChronology.Model;

namespace StaticChronology.Ingest.Entities;

/// <summary>Finds registry people, places and organisations in text: by name, alias or surname, and by a close misspelling.</summary>
/// <remarks>
/// Exact forms are tried first, longest first, so "Secretary of State Antony Blinken" matches the
/// full name rather than the surname. Misspellings (machine translation writes "Annanna Barbock")
/// are matched only against registry names, only for runs of capitalised words, and only within a
/// small edit distance; each such match is marked so the substitution can be recorded.
/// </remarks>
public sealed partial class EntityMatcher
{
    private readonly ImmutableArray<Form> _forms;


    public EntityMatcher(IEnumerable<RegistryItem> items)
    {
        var all = items.ToImmutableArray();
        var people = all.Where(i => i.Kind == RegistryKind.Person);
        var forms = new List<Form>();
        foreach (var item in all)
        {
            forms.Add(new Form(item, item.Name));
            forms.AddRange(item.Aliases.Select(alias => new Form(item, alias)));
        }

        // A surname alone names a person when no one else in the registry shares it.
        var surnames = people
            .Select(p => (Person: p, Surname: p.Name.Split(' ')[^1]))
            .Where(x => x.Surname.Length >= 4)
            .GroupBy(x => x.Surname, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single());
        forms.AddRange(surnames.Select(x => new Form(x.Person, x.Surname)));
        _forms = [.. forms.DistinctBy(f => (f.Item.Id, f.Text)).OrderByDescending(f => f.Text.Length).ThenBy(f => f.Text, StringComparer.Ordinal)];
    }

    public ImmutableArray<EntityMention> Find(string text)
    {
        var found = new List<EntityMention>();
        foreach (var form in _forms)
        {
            var index = 0;
            while ((index = text.IndexOf(form.Text, index, StringComparison.Ordinal)) >= 0)
            {
                var end = index + form.Text.Length;
                if (IsWordBoundary(text, index - 1) && IsWordBoundary(text, end) && !found.Any(m => m.Start < end && index < m.End))
                {
                    found.Add(new EntityMention(form.Item.Kind, form.Item.Id, form.Item.Name, form.Text, index, form.Text.Length, IsCorrection: false));
                }

                index = end;
            }
        }

        foreach (Match run in CapitalisedRun().Matches(text))
        {
            if (found.Any(m => m.Start < run.Index + run.Length && run.Index < m.End) || Closest(run.Value) is not { } form)
            {
                continue;
            }

            found.Add(new EntityMention(form.Item.Kind, form.Item.Id, form.Item.Name, run.Value, run.Index, run.Length, IsCorrection: true));
        }

        return [.. found.OrderBy(m => m.Start)];
    }

    /// <summary>Names after a title that match no registry person: candidates for new registry entries.</summary>
    public ImmutableArray<ProposedName> ProposeNew(string text)
    {
        var known = Find(text);
        var proposals = new List<ProposedName>();
        foreach (Match match in TitledName().Matches(text))
        {
            var name = match.Groups["name"];
            if (known.Any(m => m.Start < name.Index + name.Length && name.Index < m.End))
            {
                continue;
            }

            var words = name.Value.Split(' ');
            if (words.Length < 2 || words.Any(EntityLexicon.NotNames.Contains))
            {
                continue;
            }

            var id = Ids.Slugify(name.Value);
            if (Ids.IsValid(id) && proposals.All(p => p.Id != id))
            {
                proposals.Add(new ProposedName(id, name.Value, match.Groups["title"].Value.Trim(), name.Index));
            }
        }

        return [.. proposals];
    }

    private Form? Closest(string run)
    {
        var words = run.Split(' ');
        if (words.Any(EntityLexicon.NotNames.Contains) || run.Length < 6)
        {
            return null;
        }

        Form? best = null;
        var bestDistance = int.MaxValue;
        foreach (var form in _forms)
        {
            var formWords = form.Text.Split(' ').Length;
            if (formWords != words.Length || form.Text[0] != run[0] || string.Equals(form.Text, run, StringComparison.Ordinal))
            {
                continue;
            }

            // One edit in a single word (Zelenskyy/Zelensky); about one in five across a full name.
            var allowed = words.Length == 1 ? (form.Item.Kind == RegistryKind.Person && run.Length >= 6 ? 1 : 0) : Math.Max(1, form.Text.Length / 5);
            var distance = Suggestions.Distance(run, form.Text);
            if (distance <= allowed && distance < bestDistance && !IsInflection(run, form.Text))
            {
                best = form;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>"Russian" is not a misspelling of "Russia", nor "Ukraine's" of "Ukraine".</summary>
    private static bool IsInflection(string run, string form) =>
        run.StartsWith(form, StringComparison.Ordinal) || form.StartsWith(run, StringComparison.Ordinal);

    private static bool IsWordBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !(char.IsLetterOrDigit(text[index]) || text[index] == '-');

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'-]+(?: (?:\p{Lu}[\p{L}'-]+|de|von|der|van|Le|La)){0,3}\b", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<title>\b(?:[A-Z][a-z]+ ){0,3}(?:President|Minister|Secretary|Director|Chancellor|Ambassador|General|spokes(?:man|woman|person)|Spokesperson|advis[eo]r|Commissioner|Chairman|Chief)) (?<name>\p{Lu}[\p{Ll}'-]+(?: \p{Lu}[\p{Ll}'-]+){1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex TitledName();

    private sealed record Form(RegistryItem Item, string Text);
}
