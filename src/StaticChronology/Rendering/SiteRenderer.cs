using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using Scriban.Runtime;
using Scriban.Syntax;
using StaticChronology.Assembly;
using StaticChronology.Diagnostics;
using StaticChronology.Model;
using StaticChronology.Rendering.Data;

namespace StaticChronology.Rendering;

/// <summary>Renders every page of the site through the theme, in parallel, plus the feeds and data files.</summary>
public sealed class SiteRenderer(ThemeTemplates theme, MarkdownRenderer markdown)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="cache">Keeps unchanged pages across rebuilds in the preview server; null renders everything.</param>
    /// <param name="emit">
    /// Given, each file is handed to it as soon as it is made, with its place in the site's order, and is
    /// not kept: a full build writes pages as they are rendered instead of holding the whole site.
    /// </param>
    /// <returns>The files, in a fixed order; empty when <paramref name="emit"/> took them.</returns>
    public ImmutableArray<OutputFile> Render(Chronology chronology, RenderOptions options, DiagnosticBag diagnostics, IRenderCache? cache = null, Action<int, OutputFile>? emit = null)
    {
        var urls = new SiteUrls(options.BaseUrl ?? chronology.Settings.BaseUrl);
        var models = new ViewModels(chronology, urls, markdown, diagnostics, cache);
        var makers = new PageJobs(chronology, urls, models, markdown, diagnostics, options.Only);
        var nav = Navigation(chronology, urls);
        var rendered = 0;

        // The preview (which passes a cache) renders again on every edit, with contexts it keeps.
        HtmlTemplateContext Context() => cache is null ? theme.CreateContext() : theme.RentContext();
        void Done(HtmlTemplateContext context)
        {
            if (cache is not null)
            {
                theme.ReturnContext(context);
            }
        }

        var failures = new ConcurrentBag<(SourceLocation Location, string Message, string Subject)>();
        OutputFile? Page(PageJob job, HtmlTemplateContext context)
        {
            var file = cache?.Find(job);
            if (file is null && RenderPage(job, context, models.Site(job.Url, options.Preview, nav), urls, failures) is { } made)
            {
                cache?.Keep(job, made);
                file = made;
            }

            return file;
        }

        // The pages asked for first are rendered before the list of every page is made, when they are the home page or entries' pages.
        var (first, jobs) = First(makers, options.First);
        var firstFiles = new Dictionary<string, OutputFile>(StringComparer.Ordinal);
        if (first.Count > 0)
        {
            var context = Context();
            foreach (var job in first)
            {
                if (Page(job, context) is { } file)
                {
                    firstFiles[job.Url] = file;
                }
            }

            Done(context);

            if (firstFiles.Count == first.Count && emit is null)
            {
                options.FirstDone?.Invoke([.. first.Select(j => firstFiles[j.Url])]);
            }
        }

        jobs ??= makers.All();

        // The data files need only the jobs and the chronology: they are made while the pages render.
        // Written as they render, they are made one at a time and handed over at once, in the order that follows the pages.
        var data = Task.Run(() =>
        {
            if (emit is null)
            {
                return Group(cache, "data", () => DataFiles.Entries(chronology, urls, markdown, cache));
            }

            var order = jobs.Count;
            DataFiles.Entries(chronology, urls, markdown, file => emit(order++, file));
            return Array.Empty<OutputFile>();
        });
        var results = new OutputFile?[jobs.Count];
        Parallel.For(
            0,
            jobs.Count,
            Context,
            (i, _, context) =>
            {
                var file = firstFiles.Count > 0 && firstFiles.TryGetValue(jobs[i].Url, out var made) ? made : Page(jobs[i], context);
                if (file is not null && emit is not null)
                {
                    emit(i, file);
                }
                else
                {
                    results[i] = file;
                }

                options.Progress?.Report(new RenderProgress(Interlocked.Increment(ref rendered), jobs.Count));
                return context;
            },
            Done);
        ReportTemplateFailures(failures, diagnostics);

        var files = ImmutableArray.CreateBuilder<OutputFile>(jobs.Count + 16);
        files.AddRange(results.OfType<OutputFile>());
        files.AddRange(data.GetAwaiter().GetResult());
        if (options.Only is not null)
        {
            // The sitemap, robots.txt, static files and schemas change only with the whole site.
            return files.ToImmutable();
        }

        files.AddRange(Group(cache, "addresses", () => DataFiles.Addresses(urls, jobs)));
        files.AddRange(Group(cache, "static", () => [.. StaticFiles.Collect(Path.Combine(theme.ThemeRoot, "static"), diagnostics)]));
        files.AddRange(Group(cache, "schema", () => [.. StaticFiles.Schemas()]));
        if (emit is null)
        {
            return files.ToImmutable();
        }

        // The data files took the orders right after the pages; the rest follow them.
        var next = jobs.Count + DataFiles.EntryFileCount;
        foreach (var file in files)
        {
            emit(next++, file);
        }

        return [];
    }

    /// <summary>
    /// The jobs of the pages asked for first, made alone when they are all the home page or entries' pages; otherwise taken from the
    /// list of every page, which is then made here and returned too.
    /// </summary>
    private static (List<PageJob> First, List<PageJob>? All) First(PageJobs makers, IReadOnlySet<string>? urls)
    {
        var first = new List<PageJob>();
        if (urls is not { Count: > 0 })
        {
            return (first, null);
        }

        foreach (var url in urls.Order(StringComparer.Ordinal))
        {
            if (makers.Alone(url) is not { } job)
            {
                var all = makers.All();
                return ([.. all.Where(j => urls.Contains(j.Url))], all);
            }

            first.Add(job);
        }

        return (first, null);
    }

    private static IReadOnlyList<OutputFile> Group(IRenderCache? cache, string name, Func<IReadOnlyList<OutputFile>> render) =>
        cache is null ? render() : cache.Files(name, render);

    private OutputFile? RenderPage(PageJob job, HtmlTemplateContext context, ScriptObject site, SiteUrls urls, ConcurrentBag<(SourceLocation, string, string)> failures)
    {
        var page = ViewModels.Obj(
            ("kind", job.Kind),
            ("title", job.Title),
            ("url", job.Url),
            ("canonical", urls.Absolute(job.Url)),
            ("description", job.Description),
            ("og_type", job.Kind is "entry" or "source" ? "article" : "website"),
            ("json_ld", job.JsonLd?.Invoke()));
        try
        {
            var values = job.Values();
            values["site"] = site;
            values["page"] = page;
            var body = Evaluate(context, theme.Layout(job.Layout), values, context.Body);
            var path = job.Kind == "notfound" ? "404.html" : urls.OutputPath(job.Url);
            if (theme.WritesContentAsIs)
            {
                // The body is encoded straight into the page, around the layout rendered with a mark in its place.
                var frame = Evaluate(context, theme.Layout("baseof"), ViewModels.Obj(("site", site), ("page", page), ("content", new SafeHtml(ContentPlacement.Mark))), context.Frame);
                var at = frame.IndexOf(ContentPlacement.Mark, StringComparison.Ordinal);
                var after = at < 0 ? [] : frame[(at + ContentPlacement.Mark.Length)..];
                if (at >= 0 && after.IndexOf(ContentPlacement.Mark, StringComparison.Ordinal) < 0)
                {
                    return new OutputFile(path, Encode(frame[..at], body, after), job.Kind, job.Origin);
                }
            }

            var content = new SafeHtml(body.ToString());
            var html = Evaluate(context, theme.Layout("baseof"), ViewModels.Obj(("site", site), ("page", page), ("content", content)), context.Frame);
            return new OutputFile(path, Encode(html, [], []), job.Kind, job.Origin);
        }
        catch (ScriptRuntimeException ex)
        {
            failures.Add((ThemeTemplates.ToLocation(ex.Span, "theme"), ex.OriginalMessage, job.Origin is null ? job.Url : job.Origin.Path));
            return null;
        }
    }

    private static byte[] Encode(ReadOnlySpan<char> before, ReadOnlySpan<char> body, ReadOnlySpan<char> after)
    {
        var bytes = new byte[Utf8.GetByteCount(before) + Utf8.GetByteCount(body) + Utf8.GetByteCount(after)];
        var at = Utf8.GetBytes(before, bytes);
        at += Utf8.GetBytes(body, bytes.AsSpan(at));
        Utf8.GetBytes(after, bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>A mistake in a layout fails every page that uses it; it is reported once, naming the first page.</summary>
    private static void ReportTemplateFailures(ConcurrentBag<(SourceLocation Location, string Message, string Subject)> failures, DiagnosticBag diagnostics)
    {
        foreach (var group in failures.GroupBy(f => (f.Location, f.Message)))
        {
            var subjects = group.Select(f => f.Subject).Order(StringComparer.Ordinal).ToList();
            var others = subjects.Count > 1 ? $" and {subjects.Count - 1} other pages" : string.Empty;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, group.Key.Location,
                $"{group.Key.Message} (while rendering {subjects[0]}{others})", "see docs/theme.md for the values each layout gets"));
        }
    }

    /// <summary>Renders <paramref name="template"/> into <paramref name="output"/>, emptied first; returns what it holds.</summary>
    private static ReadOnlySpan<char> Evaluate(HtmlTemplateContext context, Scriban.Template template, ScriptObject values, PageOutput output)
    {
        // What Template.Render does, but into this output, without making a string of it. The theme's templates
        // were parsed without errors (ThemeTemplates.Load), so each has its page and the file it came from.
        var page = template.Page ?? throw new InvalidOperationException($"{template.SourceFilePath} has errors");
        output.Clear();
        context.PushGlobal(values);
        context.PushOutput(output);
        context.PushSourceFile(template.SourceFilePath ?? string.Empty);
        try
        {
            if (context.Evaluate(page) is { } result)
            {
                context.Write(page.Span, result);
            }

            return output.Text;
        }
        finally
        {
            context.PopSourceFile();
            context.PopOutput();
            context.PopGlobal();
        }
    }

    private static ImmutableArray<(string Title, string Url)> Navigation(Chronology chronology, SiteUrls urls)
    {
        var nav = ImmutableArray.CreateBuilder<(string, string)>();
        nav.Add(("Chronology", urls.Home));
        foreach (var page in chronology.Pages.Where(p => p.Order is not null))
        {
            nav.Add((page.Title, urls.Page(page.Slug)));
        }

        nav.Add(("People", urls.Section(RegistryKind.Person)));
        nav.Add(("Places", urls.Section(RegistryKind.Place)));
        nav.Add(("Organisations", urls.Section(RegistryKind.Organization)));
        nav.Add(("Tags", urls.Section("tags")));
        nav.Add(("Sources", urls.Section("sources")));
        return nav.ToImmutable();
    }
}
