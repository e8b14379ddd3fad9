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

    public ImmutableArray<OutputFile> Render(Chronology chronology, RenderOptions options, DiagnosticBag diagnostics)
    {
        var urls = new SiteUrls(options.BaseUrl ?? chronology.Settings.BaseUrl);
        var models = new ViewModels(chronology, urls, markdown, diagnostics);
        var jobs = new PageJobs(chronology, urls, models, markdown, diagnostics).All();
        var nav = Navigation(chronology, urls);

        var results = new OutputFile?[jobs.Count];
        Parallel.For(
            0,
            jobs.Count,
            theme.CreateContext,
            (i, _, context) =>
            {
                results[i] = RenderPage(jobs[i], context, models.Site(jobs[i].Url, options.Preview, nav), urls, diagnostics);
                return context;
            },
            _ => { });

        var files = ImmutableArray.CreateBuilder<OutputFile>(jobs.Count + 16);
        files.AddRange(results.OfType<OutputFile>());
        files.AddRange(DataFiles.Render(chronology, urls, markdown, jobs));
        files.AddRange(StaticFiles.Collect(Path.Combine(theme.ThemeRoot, "static"), diagnostics));
        files.AddRange(StaticFiles.Schemas());
        return files.ToImmutable();
    }

    private OutputFile? RenderPage(PageJob job, HtmlTemplateContext context, ScriptObject site, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var page = ViewModels.Obj(
            ("kind", job.Kind),
            ("title", job.Title),
            ("url", job.Url),
            ("canonical", urls.Absolute(job.Url)),
            ("description", job.Description));
        try
        {
            var values = job.Values();
            values["site"] = site;
            values["page"] = page;
            var body = Evaluate(context, theme.Layout(job.Layout), values);
            var html = Evaluate(context, theme.Layout("baseof"), ViewModels.Obj(("site", site), ("page", page), ("content", new SafeHtml(body))));
            var path = job.Kind == "notfound" ? "404.html" : urls.OutputPath(job.Url);
            return new OutputFile(path, Utf8.GetBytes(html), job.Kind, job.Origin);
        }
        catch (ScriptRuntimeException ex)
        {
            var location = ThemeTemplates.ToLocation(ex.Span, "theme");
            var subject = job.Origin is null ? job.Url : job.Origin.Path;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TemplateError, location,
                $"{ex.OriginalMessage} (while rendering {subject})", "see docs/theme.md for the values each layout gets"));
            return null;
        }
    }

    private static string Evaluate(HtmlTemplateContext context, Scriban.Template template, ScriptObject values)
    {
        context.PushGlobal(values);
        context.PushOutput();
        try
        {
            // Render returns what was written to the pushed output and clears it for the next page.
            return template.Render(context) ?? string.Empty;
        }
        finally
        {
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
