using System.Diagnostics;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Cache;
using Sitecast.Output;
using Sitecast.Progress;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// One build from start to end: check the folders, read site.yml, run the pipelines into a staging folder,
/// and swap it in only when there was no error. A failed build leaves the previous output as it was.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default,
        IProgressReporter? progress = null)
    {
        var watch = Stopwatch.StartNew();
        EngineTrace? trace = EngineTrace.FromEnvironment();
        var diagnostics = new DiagnosticBag();
        var statistics = new BuildStatistics();
        BuildReport Fail(int code) => new(code, diagnostics.Sorted(), null, watch.Elapsed) { Statistics = statistics };

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

        // Taken before anything is read from the output folder, so no build sees another's half-done swap.
        using BuildLock? buildLock = BuildLock.TryAcquire(options.OutputRoot);
        if (buildLock is null)
        {
            diagnostics.Error(new SourceLocation(""), $"another build is writing {options.OutputRoot} right now",
                $"wait for it to finish; if none is running, delete {BuildLock.PathFor(options.OutputRoot)}");
            return Fail(BuildReport.UsageError);
        }

        // A build that died between the two renames of the swap left no output folder: put the last one back.
        foreach (string note in OutputRecovery.Run(options.OutputRoot))
            diagnostics.Warning(new SourceLocation(""), note);

        // Needed only once the build runs: built beside the up-to-date check and the reading of site.yml.
        LiquidParser.Prepare();

        // site.yml is read beside the up-to-date check below: when nothing changed, what it read is thrown away (a
        // tenth of a second of the other core); when something did, the build starts that much sooner.
        Task<SiteConfig> configuring = Task.Run(() =>
            Traced(trace, "build: site.yml", () => SiteConfigLoader.Load(options.SourceRoot, options.BaseUrl, diagnostics)));
        BuildCache? cache = options.UseCache ? BuildCache.ForSite(options.SourceRoot) : null;
        // Nothing read has changed since the last build into this folder: its output is still right.
        var contentFiles = new List<FileInfo>();
        string? fingerprint = cache is null ? null : Traced(trace, "build: fingerprint of the input", () => UpToDateCheck.InputFingerprint(options, contentFiles));
        if (cache is not null && UpToDateCheck.Reusable(cache, options, fingerprint!, zone => NowIn(options, zone)) is { } stamp)
        {
            statistics.UpToDate = true;
            return new BuildReport(BuildReport.Success, stamp.Diagnostics, null, watch.Elapsed) { Statistics = statistics };
        }

        SiteConfig config;
        try
        {
            config = await configuring;
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            return Fail(BuildReport.ContentErrors);
        }

        if (diagnostics.HasErrors) return Fail(BuildReport.ContentErrors);

        DateTimeOffset now = NowIn(options, TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone));
        OutputManifest? manifest = cache is null ? null : Traced(trace, "build: output manifest", () => OutputManifest.Load(cache, options.OutputRoot));
        // The spare folder is recycled only when its files are known: else keeping any of them is impossible and
        // removing them one by one costs more than starting afresh.
        var (staging, recycled) = Traced(trace, "build: staging folder",
            () => OutputFolder.CreateStaging(options.OutputRoot, recycle: manifest is { KnowsSpare: true }));
        // The output this build replaces, when known file by file, becomes the spare folder the next build recycles.
        bool keepSpare = cache is not null && manifest is { KnowsPrevious: true };
        // Cache files written while the build may still fail: put in place after the swap, else thrown away.
        var pendingSaves = new List<PendingFile?>();
        try
        {
            SiteContext site = Traced(trace, "build: theme, templates, strings",
                () => CreateContext(options, config, staging, recycled, manifest, diagnostics, now, cache, statistics, progress, contentFiles));
            foreach (Diagnostic error in site.Templates.Errors) diagnostics.Add(error);
            EngineResult? result = null;
            string? outputFingerprint = null;
            IReadOnlyList<string> contentDates = [];
            if (!diagnostics.HasErrors)
            {
                var engine = new PipelineEngine(SitePipelines.Create(site), trace);
                using IProgressStep step = site.Progress.Begin("Building the site", 0);
                result = await engine.RunAsync(diagnostics, cancellationToken);
                trace?.Record("build: all pipelines", 0, result.Elapsed);
                // What was rendered is right whether or not the build succeeds: kept either way, saved while
                // the links are checked.
                Task savingMarkdown = Task.Run(() =>
                {
                    site.Markdown.SaveCache();
                    site.Sources?.Save();
                });
                // Beside the link check, which knows the files from what this build wrote and reads only those: a
                // recycled staging folder loses what this build did not write, then the finished output's fingerprint
                // is taken, for the next build's up-to-date check.
                bool whole = !diagnostics.HasErrors;
                Task<string?> finishing = Task.Run(() =>
                {
                    if (!whole) return null;
                    if (!recycled) return cache is null ? null : Traced(trace, "build: fingerprint of the output", () => UpToDateCheck.OutputFingerprint(staging));
                    // Pruning gives the status of every file that stays, which is what the fingerprint is made of.
                    var kept = Traced(trace, "build: prune the recycled folder",
                        () => site.RecycledStaging!.Prune(site.Outputs.Paths.ToHashSet(StringComparer.Ordinal)));
                    return cache is null ? null : Traced(trace, "build: fingerprint of the output", () => UpToDateCheck.OutputFingerprint(kept));
                });
                // Only the stamp needs them; the Markdown files the build read give theirs from the source index.
                Task<IReadOnlyList<string>> dating = cache is null || !whole
                    ? Task.FromResult<IReadOnlyList<string>>([])
                    : Task.Run(() => Traced(trace, "build: dates in the content", () => UpToDateCheck.ContentDates(options, site.Sources, contentFiles)));
                // What this build wrote and what the replaced output held, for the next build: written beside the link
                // check, put in place only once the output is.
                Task<PendingFile?[]> writingManifests = cache is null || !whole || manifest is null
                    ? Task.FromResult<PendingFile?[]>([])
                    : Task.Run(() => Traced(trace, "build: write the manifests", () => new[]
                    {
                        manifest.PrepareSave(cache),
                        keepSpare ? manifest.PrepareSaveSpare(cache) : null,
                    }));
                // Broken links are checked on the finished output, only when it is whole (no errors so far). The
                // pages' link scans, kept for the next build, are written while the links are checked.
                Task<PendingFile?> writingScans = Task.FromResult<PendingFile?>(null);
                if (whole && !config.BenchmarkEqualWork)
                    Traced(trace, "build: link check", () => OutputChecks.Run(site, result, scansComplete: () =>
                        writingScans = Task.Run(() => Traced(trace, "build: write the link scans", () => site.PageScans?.PrepareSave()))));
                // Awaited here, before the folder is swapped in or discarded.
                outputFingerprint = await finishing;
                contentDates = await dating;
                pendingSaves.AddRange(await writingManifests);
                pendingSaves.Add(await writingScans);
                statistics.PagesNotScanned = site.PageScans?.Reused ?? 0;
                await savingMarkdown;
            }

            if (diagnostics.HasErrors)
            {
                DiscardAll(pendingSaves);
                OutputFolder.Discard(staging);
                return new BuildReport(BuildReport.ContentErrors, diagnostics.Sorted(), result, watch.Elapsed) { Statistics = statistics };
            }

            string? previous = Traced(trace, "build: swap the output folder in", () => OutputFolder.Commit(staging, options.OutputRoot));
            // The new output is in place. The old one, when known file by file, becomes the spare folder the next
            // build recycles; else it is deleted, while the manifests and link scans take their places.
            Task retiring = previous is null ? Task.CompletedTask : Task.Run(() => OutputFolder.Retire(previous, options.OutputRoot, keepSpare));
            foreach (PendingFile? save in pendingSaves) save?.Commit();
            // podcast/published.yml, when this build published a new episode: written only once the output is in place.
            site.PublishedRecord.Commit(diagnostics);

            statistics.FilesCarriedOver = site.Manifest?.CarriedOver ?? 0;
            IReadOnlyList<Diagnostic> sorted = diagnostics.Sorted();
            if (cache is not null)
                Traced(trace, "build: record the build stamp", () => UpToDateCheck.Record(cache, options, new BuildStamp(fingerprint!,
                    outputFingerprint!, config.TimeZone, now, site.Window.From, site.Window.Until,
                    contentDates, sorted)));
            Traced(trace, "build: retire the previous output", () => retiring.GetAwaiter().GetResult());
            trace?.WriteTo(Console.Error);
            return new BuildReport(BuildReport.Success, sorted, result, watch.Elapsed) { Statistics = statistics };
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            DiscardAll(pendingSaves);
            OutputFolder.Discard(staging);
            return Fail(BuildReport.ContentErrors);
        }
        catch
        {
            DiscardAll(pendingSaves);
            OutputFolder.Discard(staging);
            throw;
        }
    }

    private static void DiscardAll(List<PendingFile?> files)
    {
        foreach (PendingFile? file in files) file?.Discard();
    }

    private static DateTimeOffset NowIn(BuildOptions options, TimeZoneInfo zone) => options.Now is { } local
        ? ContentDate.InZone(local, zone)
        : TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);

    private static T Traced<T>(EngineTrace? trace, string step, Func<T> action) =>
        trace is null ? action() : trace.Time(step, action);

    private static void Traced(EngineTrace? trace, string step, Action action) =>
        Traced(trace, step, () => { action(); return true; });

    private static SiteContext CreateContext(BuildOptions options, SiteConfig config, string staging, bool recycled,
        OutputManifest? manifest, DiagnosticBag diagnostics,
        DateTimeOffset now, BuildCache? cache, BuildStatistics statistics, IProgressReporter? progress, List<FileInfo> contentFiles)
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(config.TimeZone);

        var theme = new ThemeFolders(
        [
            (Path.Combine(options.SourceRoot, "theme"), "theme"),
            (options.DefaultThemeRoot, "(default theme)"),
        ]);
        var urls = new SiteUrls(config.BaseUrl);
        var markdown = new MarkdownRenderer(config.Language, new Images.ResponsiveImages(options.SourceRoot), urls, cache, statistics);

        return new SiteContext
        {
            Options = options,
            Config = config,
            Zone = zone,
            Now = now,
            Theme = theme,
            StagingRoot = staging,
            RecycledStaging = recycled ? new RecycledStaging(staging) : null,
            InputFiles = contentFiles.ToDictionary(file => file.FullName, StringComparer.Ordinal),
            Markdown = markdown,
            Sources = cache is null ? null : new SourceIndex(cache, markdown.CacheOptions, statistics),
            Statistics = statistics,
            Cache = cache,
            Manifest = manifest,
            PageScans = cache is null || manifest is null ? null : new Links.PageScans(cache, manifest),
            Window = new TimeWindow(now),
            Progress = progress ?? SilentProgressReporter.Instance,
            Templates = new ThemeTemplates(theme, zone, urls, config.Language),
            Strings = ThemeStrings.Load(theme, config.Language, diagnostics),
            Urls = urls,
            Diagnostics = diagnostics,
            Languages = SiteLanguage.Of(config),
            Language = SiteLanguage.Of(config)[0],
        };
    }
}
