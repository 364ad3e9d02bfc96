using System.Diagnostics;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Output;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// One build from start to end: check the folders, read site.yml, run the pipelines into a staging folder,
/// and swap it in only when there was no error. A failed build leaves the previous output as it was.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        BuildReport Fail(int code) => new(code, diagnostics.Sorted(), null, watch.Elapsed);

        if (!File.Exists(Path.Combine(options.SourceRoot, SiteConfigLoader.FileName)))
        {
            diagnostics.Error(new SourceLocation(""), $"{options.SourceRoot} is not a site folder: it has no {SiteConfigLoader.FileName}",
                "run in a site folder or name one with --source");
            return Fail(BuildReport.UsageError);
        }

        if (OutputFolder.Refusal(options.SourceRoot, options.OutputRoot) is { } refusal)
        {
            diagnostics.Error(new SourceLocation(""), refusal);
            return Fail(BuildReport.UsageError);
        }

        SiteConfig config;
        try
        {
            config = SiteConfigLoader.Load(options.SourceRoot, options.BaseUrl, diagnostics);
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            return Fail(BuildReport.ContentErrors);
        }

        if (diagnostics.HasErrors) return Fail(BuildReport.ContentErrors);

        using BuildLock? buildLock = BuildLock.TryAcquire(options.OutputRoot);
        if (buildLock is null)
        {
            diagnostics.Error(new SourceLocation(""), $"another build is writing {options.OutputRoot} right now",
                $"wait for it to finish; if none is running, delete {BuildLock.PathFor(options.OutputRoot)}");
            return Fail(BuildReport.UsageError);
        }

        string staging = OutputFolder.CreateStaging(options.OutputRoot);
        EngineTrace? trace = EngineTrace.FromEnvironment();
        try
        {
            SiteContext site = Traced(trace, "build: theme, templates, strings", () => CreateContext(options, config, staging, diagnostics));
            foreach (Diagnostic error in site.Templates.Errors) diagnostics.Add(error);
            EngineResult? result = null;
            if (!diagnostics.HasErrors)
            {
                var engine = new PipelineEngine(SitePipelines.Create(site), trace);
                result = await engine.RunAsync(diagnostics, cancellationToken);
                trace?.Record("build: all pipelines", 0, result.Elapsed);
            }

            if (diagnostics.HasErrors)
            {
                OutputFolder.Discard(staging);
                return new BuildReport(BuildReport.ContentErrors, diagnostics.Sorted(), result, watch.Elapsed);
            }

            Traced(trace, "build: swap the output folder in", () => OutputFolder.Commit(staging, options.OutputRoot));
            trace?.WriteTo(Console.Error);
            return new BuildReport(BuildReport.Success, diagnostics.Sorted(), result, watch.Elapsed);
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            OutputFolder.Discard(staging);
            return Fail(BuildReport.ContentErrors);
        }
        catch
        {
            OutputFolder.Discard(staging);
            throw;
        }
    }

    private static T Traced<T>(EngineTrace? trace, string step, Func<T> action) =>
        trace is null ? action() : trace.Time(step, action);

    private static void Traced(EngineTrace? trace, string step, Action action) =>
        Traced(trace, step, () => { action(); return true; });

    private static SiteContext CreateContext(BuildOptions options, SiteConfig config, string staging, DiagnosticBag diagnostics)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone);
        DateTimeOffset now = options.Now is { } local
            ? ContentDate.InZone(local, zone)
            : TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);

        var theme = new ThemeFolders(
        [
            (Path.Combine(options.SourceRoot, "theme"), "theme"),
            (options.DefaultThemeRoot, "(default theme)"),
        ]);
        var urls = new SiteUrls(config.BaseUrl);

        return new SiteContext
        {
            Options = options,
            Config = config,
            Zone = zone,
            Now = now,
            Theme = theme,
            StagingRoot = staging,
            Markdown = new MarkdownRenderer(config.Language),
            Templates = new ThemeTemplates(theme, zone, urls, config.Language),
            Strings = ThemeStrings.Load(theme, config.Language, diagnostics),
            Urls = urls,
            Diagnostics = diagnostics,
        };
    }
}
