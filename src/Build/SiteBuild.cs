using System.Diagnostics;
using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Incremental;
using Sitecast.Model;
using Sitecast.Output;
using Sitecast.Progress;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// The stages of one build (see <see cref="SiteBuilder.BuildAsync"/>) and what they hand each other. Each stage
/// returns the build's report when the build ends there, null when the next stage follows.
/// </summary>
internal sealed class SiteBuild(BuildOptions options, IProgressReporter? progress) : IDisposable
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly EngineTrace? _trace = EngineTrace.FromEnvironment();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly BuildStatistics _statistics = new();
    private readonly List<FileInfo> _contentFiles = [];
    // What is taken over from the last build and kept for the next: nothing with --no-cache.
    private readonly BuildReuse _reuse = BuildReuse.For(options);

    private BuildLock? _lock;
    private SiteConfig _config = null!;
    private DateTimeOffset _now;
    private string? _staging;
    private SiteContext _site = null!;
    private EngineResult? _result;

    /// <summary>
    /// Checks the folders, takes the lock, skips the build when its output is up to date, reads site.yml and sets
    /// up the staging folder and the site context.
    /// </summary>
    public BuildReport? Prepare()
    {
        if (!File.Exists(Path.Combine(options.SourceRoot, SiteConfigLoader.FileName)))
        {
            _diagnostics.Error(new SourceLocation(""), $"{options.SourceRoot} is not a site folder: it has no {SiteConfigLoader.FileName}",
                "run in a site folder or name one with --source");
            return Fail(BuildReport.UsageError);
        }

        if (OutputFolder.Refusal(options.SourceRoot, options.OutputRoot) is { } refusal)
        {
            _diagnostics.Error(new SourceLocation(""), refusal);
            return Fail(BuildReport.UsageError);
        }

        // Taken before anything is read from the output folder, so no build sees another's half-done swap.
        _lock = BuildLock.TryAcquire(options.OutputRoot);
        if (_lock is null)
        {
            _diagnostics.Error(new SourceLocation(""), $"another build is writing {options.OutputRoot} right now",
                $"wait for it to finish; if none is running, delete {BuildLock.PathFor(options.OutputRoot)}");
            return Fail(BuildReport.UsageError);
        }

        // A build that died between the two renames of the swap left no output folder: put the last one back.
        foreach (string note in OutputRecovery.Run(options.OutputRoot))
            _diagnostics.Warning(new SourceLocation(""), note);

        // The templates need it only once the build goes on, but it takes longer than what comes before them.
        LiquidParser.Prepare();
        if (UpToDate() is { } upToDate) return upToDate;

        try
        {
            _config = Traced("build: site.yml", () => SiteConfigLoader.Load(options.SourceRoot, options.BaseUrl, _diagnostics));
        }
        catch (ContentException e)
        {
            _diagnostics.Add(e.Diagnostic);
            return Fail(BuildReport.ContentErrors);
        }

        if (_diagnostics.HasErrors) return Fail(BuildReport.ContentErrors);

        _now = NowIn(TimeZoneInfo.FindSystemTimeZoneById(_config.TimeZone));
        _staging = Traced("build: staging folder", _reuse.CreateStaging);
        _site = Traced("build: theme, templates, strings", CreateContext);
        foreach (Diagnostic error in _site.Templates.Errors) _diagnostics.Add(error);
        return null;
    }

    /// <summary>Nothing read has changed since the last build into this folder: its output is still right.</summary>
    private BuildReport? UpToDate()
    {
        if (Traced("build: up-to-date check", () => _reuse.UpToDate(_contentFiles, NowIn)) is not { } stamp) return null;
        _statistics.UpToDate = true;
        return new BuildReport(BuildReport.Success, stamp.Diagnostics, null, _watch.Elapsed) { Statistics = _statistics };
    }

    /// <summary>Runs every pipeline into the staging folder.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_diagnostics.HasErrors) return;
        var engine = new PipelineEngine(SitePipelines.Create(_site), _trace);
        using (IProgressStep step = _site.Session.Progress.Begin("Building the site", 0))
            _result = await engine.RunAsync(_diagnostics, cancellationToken);
        _trace?.Record("build: all pipelines", 0, _result.Elapsed);
    }

    /// <summary>
    /// Checks the finished output (broken links) and prepares what the next build reads: the output's fingerprint,
    /// the content's dates, the manifests and the pages' link scans. Nothing of it is in place yet.
    /// </summary>
    /// <remarks>
    /// The link checker reads only the pages this build wrote, so the rest runs beside it on another thread: first
    /// what was made (right whether or not the build succeeds, so kept either way), then what the next build needs
    /// of the output. Only the link scans wait for the check, which takes over the scans it reused. Run one after
    /// the other, the three took a tenth of an edited build (docs/performance.md, "The 3 % recovered").
    /// </remarks>
    public void Check()
    {
        if (_result is null) return;
        bool failed = _diagnostics.HasErrors;
        Task beside = Task.Run(() =>
        {
            Traced("build: keep what was made", _reuse.KeepWhatWasMade);
            if (!failed)
            {
                Traced("build: prepare what the next build reuses",
                    () => _reuse.PrepareForNext(_staging!, _site.Session.Outputs.Paths, _contentFiles));
            }
        });
        if (!failed && !_config.BenchmarkEqualWork) Traced("build: link check", () => OutputChecks.Run(_site, _result));
        beside.GetAwaiter().GetResult();
        if (failed) return;
        _statistics.PagesNotScanned = _reuse.LinkScans.Reused;
        _reuse.PrepareLinkScansForNext();
    }

    /// <summary>
    /// Swaps the staging folder in place of the output when the build had no error (else throws it away), puts the
    /// prepared cache files in place and records the build stamp for the next up-to-date check.
    /// </summary>
    public BuildReport Commit()
    {
        if (_diagnostics.HasErrors)
        {
            Discard();
            return new BuildReport(BuildReport.ContentErrors, _diagnostics.Sorted(), _result, _watch.Elapsed) { Statistics = _statistics };
        }

        string? previous = Traced("build: swap the output folder in", () => OutputFolder.Commit(_staging!, options.OutputRoot));
        // podcast/published.yml, when this build published a new episode: written only once the output is in place.
        _site.Session.PublishedRecord.Commit(_diagnostics);
        _statistics.FilesCarriedOver = _reuse.Manifest?.CarriedOver ?? 0;
        IReadOnlyList<Diagnostic> sorted = _diagnostics.Sorted();
        Traced("build: keep what the next build reuses", () => _reuse.Commit(_config.TimeZone, _now, _site.Session.Window, sorted));
        // The old output, when known file by file, becomes the spare folder the next build recycles; else it goes.
        if (previous is not null)
            Traced("build: retire the previous output", () => OutputFolder.Retire(previous, options.OutputRoot, _reuse.KeepSpare));
        _trace?.WriteTo(Console.Error);
        return new BuildReport(BuildReport.Success, sorted, _result, _watch.Elapsed) { Statistics = _statistics };
    }

    /// <summary>The build stops at a content error: nothing it prepared is kept, the published output stays.</summary>
    public BuildReport Fail(ContentException e)
    {
        _diagnostics.Add(e.Diagnostic);
        Discard();
        return Fail(BuildReport.ContentErrors);
    }

    /// <summary>Throws away the staging folder and the cache files prepared for it.</summary>
    public void Discard()
    {
        _reuse.Discard();
        if (_staging is not null) OutputFolder.Discard(_staging);
    }

    public void Dispose()
    {
        _reuse.Dispose();
        _lock?.Dispose();
    }

    private BuildReport Fail(int code) => new(code, _diagnostics.Sorted(), null, _watch.Elapsed) { Statistics = _statistics };

    private DateTimeOffset NowIn(TimeZoneInfo zone) => options.Now is { } local
        ? ContentDate.InZone(local, zone)
        : TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);

    private T Traced<T>(string step, Func<T> action) => _trace is null ? action() : _trace.Time(step, action);

    private void Traced(string step, Action action) => Traced(step, () => { action(); return true; });

    private SiteContext CreateContext()
    {
        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(_config.TimeZone);
        var theme = new ThemeFolders(
        [
            (Path.Combine(options.SourceRoot, "theme"), "theme"),
            (options.DefaultThemeRoot, "(default theme)"),
        ]);
        var urls = new SiteUrls(_config.BaseUrl);
        var markdown = new MarkdownRenderer(_config.Language, new Images.ResponsiveImages(options.SourceRoot, _reuse.ImageFolder), urls,
            _reuse, _statistics);
        _reuse.Open(markdown.CacheOptions, _statistics);

        return new SiteContext
        {
            Options = options,
            Config = _config,
            Zone = zone,
            Now = _now,
            Theme = theme,
            Markdown = markdown,
            Templates = new ThemeTemplates(theme, zone, urls, _config.Language),
            Strings = ThemeStrings.Load(theme, _config.Language, _diagnostics),
            Urls = urls,
            Languages = SiteLanguage.Of(_config),
            Language = SiteLanguage.Of(_config)[0],
            Session = new BuildSession
            {
                StagingRoot = _staging!,
                RecycledStaging = _reuse.Recycled,
                InputFiles = _contentFiles.ToDictionary(file => file.FullName, StringComparer.Ordinal),
                Reuse = _reuse,
                Diagnostics = _diagnostics,
                Window = new TimeWindow(_now),
                Statistics = _statistics,
                Progress = progress ?? SilentProgressReporter.Instance,
                WriteFaults = options.WriteFaults,
            },
        };
    }
}
