using Sitecast.Build;
using Sitecast.Links;
using Sitecast.Output;

namespace Sitecast.Cache;

/// <summary>
/// Everything one build takes over from the last and keeps for the next, owned by the build (see
/// <see cref="SiteBuild"/>): the cache folder, the up-to-date check, the output manifest, the recycled staging
/// folder, the source index, the link scans and the folder resized images are kept in. What the build prepares for
/// the next one is put in place by <see cref="Commit"/> once the output is, or thrown away by <see cref="Discard"/>.
/// With the cache off (--no-cache), <see cref="For"/> gives the variant that reuses and keeps nothing.
/// </summary>
public class BuildReuse : IDisposable
{
    private readonly List<PendingFile?> _pending = [];
    private string? _inputFingerprint;
    private string? _outputFingerprint;
    private IReadOnlyList<string> _contentDates = [];

    protected BuildReuse(BuildOptions options, BuildCache? cache)
    {
        Options = options;
        Cache = cache;
    }

    public static BuildReuse For(BuildOptions options) =>
        options.UseCache ? new BuildReuse(options, BuildCache.ForSite(options.SourceRoot)) : new NoReuse(options);

    protected BuildOptions Options { get; }

    /// <summary>The cache folder; null when nothing is reused.</summary>
    public BuildCache? Cache { get; }

    /// <summary>What the last build wrote into the output folder and what this one writes; null when nothing is reused.</summary>
    public OutputManifest? Manifest { get; private set; }

    /// <summary>Set when the staging folder is the recycled spare folder, which holds an earlier output.</summary>
    public RecycledStaging? Recycled { get; private set; }

    /// <summary>What the last build read from each Markdown file.</summary>
    public SourceIndex? Sources { get; private set; }

    /// <summary>The link checker's scans of the last build into the same folder, and this build's.</summary>
    public PageScans? PageScans { get; private set; }

    /// <summary>Where resized images are made and kept.</summary>
    public virtual string ImageFolder => Path.Combine(Options.SourceRoot, Images.ResponsiveImages.CacheFolder);

    /// <summary>The output this build replaces, when known file by file, becomes the spare folder the next build recycles.</summary>
    public bool KeepSpare => Manifest is { KnowsPrevious: true };

    /// <summary>
    /// The last build's stamp when nothing it read has changed and its output is still right. The content folders'
    /// files, as the walk found them, are added to <paramref name="contentFiles"/>.
    /// </summary>
    public virtual BuildStamp? UpToDate(List<FileInfo> contentFiles, Func<TimeZoneInfo, DateTimeOffset> nowIn)
    {
        _inputFingerprint = UpToDateCheck.InputFingerprint(Options, contentFiles);
        return UpToDateCheck.Reusable(Cache!, Options, _inputFingerprint, nowIn);
    }

    /// <summary>
    /// The staging folder the build writes into. The spare folder is recycled only when its files are known: else
    /// keeping any of them is impossible and removing them one by one costs more than starting afresh.
    /// </summary>
    public virtual string CreateStaging()
    {
        Manifest = OutputManifest.Load(Cache!, Options.OutputRoot);
        var (staging, recycled) = OutputFolder.CreateStaging(Options.OutputRoot, recycle: Manifest.KnowsSpare);
        if (recycled) Recycled = new RecycledStaging(staging);
        return staging;
    }

    /// <summary>Opens the stores the pipelines read and fill (Markdown sources, link scans).</summary>
    public virtual void Open(string markdownOptions, BuildStatistics statistics)
    {
        Sources = new SourceIndex(Cache!, markdownOptions, statistics);
        PageScans = new PageScans(Cache!, Manifest!);
    }

    /// <summary>
    /// What the next build needs of this one's finished output, prepared but not yet in place: a recycled folder
    /// loses what this build did not write, then the output's fingerprint, the dates in the content, the manifests
    /// and the pages' link scans.
    /// </summary>
    /// <param name="written">The output paths of this build, relative, with '/'.</param>
    public virtual void PrepareForNext(string staging, IReadOnlyCollection<string> written, IReadOnlyList<FileInfo> contentFiles)
    {
        // Pruning gives the status of every file that stays, which is what the fingerprint is made of.
        _outputFingerprint = Recycled is { } recycled
            ? UpToDateCheck.OutputFingerprint(recycled.Prune(written.ToHashSet(StringComparer.Ordinal)))
            : UpToDateCheck.OutputFingerprint(staging);
        // Only the stamp needs them; the Markdown files the build read give theirs from the source index.
        _contentDates = UpToDateCheck.ContentDates(Options, Sources, contentFiles);
        _pending.Add(Manifest!.PrepareSave(Cache!));
        if (KeepSpare) _pending.Add(Manifest.PrepareSaveSpare(Cache!));
        _pending.Add(PageScans!.PrepareSave());
    }

    /// <summary>The output is in place: what was prepared for the next build is too, with the build's stamp.</summary>
    public virtual void Commit(string timeZone, DateTimeOffset now, TimeWindow window, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        foreach (PendingFile? save in _pending) save?.Commit();
        _pending.Clear();
        UpToDateCheck.Record(Cache!, Options, new BuildStamp(_inputFingerprint!, _outputFingerprint!, timeZone, now,
            window.From, window.Until, _contentDates, diagnostics));
    }

    /// <summary>Throws away what was prepared for the next build.</summary>
    public void Discard()
    {
        foreach (PendingFile? file in _pending) file?.Discard();
        _pending.Clear();
    }

    public virtual void Dispose()
    {
    }
}
