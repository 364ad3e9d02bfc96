using Sitecast.Build;
using Sitecast.Links;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// Everything one build takes over from the last and keeps for the next, owned by the build (see
/// <see cref="SiteBuild"/>): the cache folder, the up-to-date check, the output manifest, the recycled staging
/// folder, the stores of what is slow to make (audio facts, integrity hashes, cover sizes and resized covers,
/// rendered Markdown, what was read from each Markdown file, search scores, link scans) and the folder resized
/// images are kept in. Modules ask the stores for a value and say how to make it; they never see a key or a path
/// into the cache. What the build prepares for the next one is put in place by <see cref="Commit"/> once the output
/// is, or thrown away by <see cref="Discard"/>. With the cache off (--no-cache), <see cref="For"/> gives the variant
/// whose stores make every value and keep nothing.
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
        AudioFacts = new KeptValues<Audio.AudioInfo>(cache, "audio-facts", byProgramBuild: true);
        AudioIntegrity = new KeptValues<string>(cache, "audio-integrity", byProgramBuild: false);
        CoverSizes = new KeptValues<Podcast.PixelSize>(cache, "cover-sizes", byProgramBuild: false);
        ResizedCovers = new KeptFiles(cache, "covers", ".jpg");
        RenderedMarkdown = new MarkdownCacheIndex(cache);
        SearchScores = new KeptScores(cache);
    }

    public static BuildReuse For(BuildOptions options) =>
        options.UseCache ? new BuildReuse(options, BuildCache.ForSite(options.SourceRoot)) : new NoReuse(options);

    /// <summary>
    /// For a command that reads the site as a build does (stats): the stores of the last build when there was one,
    /// else stores that keep nothing. No output is prepared.
    /// </summary>
    public static BuildReuse ForReading(BuildOptions options) =>
        Directory.Exists(FolderOf(options.SourceRoot)) ? new BuildReuse(options, BuildCache.ForSite(options.SourceRoot)) : new NoReuse(options);

    /// <summary>The cache folder of a site: &lt;source&gt;/.sitecast-cache.</summary>
    public static string FolderOf(string sourceRoot) => Path.Combine(sourceRoot, BuildCache.FolderName);

    /// <summary>Where the preview server builds the site: inside the cache folder, never in site/.</summary>
    public static string PreviewOutputOf(string sourceRoot) => Path.Combine(FolderOf(sourceRoot), "preview", "site");

    protected BuildOptions Options { get; }

    /// <summary>The cache folder; null when nothing is reused.</summary>
    private BuildCache? Cache { get; }

    /// <summary>What each audio file says about itself, by the file's path, size and time and this program build.</summary>
    public KeptValues<Audio.AudioInfo> AudioFacts { get; }

    /// <summary>Each audio file's subresource-integrity hash, by the file's path, size and time.</summary>
    public KeptValues<string> AudioIntegrity { get; }

    /// <summary>The pixel size of each usable cover, by a hash of its bytes.</summary>
    public KeptValues<Podcast.PixelSize> CoverSizes { get; }

    /// <summary>The resized JPEGs of each cover, by a hash of the original, the encoding and the size.</summary>
    public KeptFiles ResizedCovers { get; }

    /// <summary>Rendered Markdown bodies, by their text, place and the rendering options.</summary>
    public MarkdownCacheIndex RenderedMarkdown { get; }

    /// <summary>What the last build read from each Markdown file (front matter, key positions, body key).</summary>
    public SourceIndex MarkdownSources { get; private set; } = SourceIndex.None;

    /// <summary>The search index's scores, per language.</summary>
    public KeptScores SearchScores { get; }

    /// <summary>The link checker's scans of the last build into the same folder, and this build's.</summary>
    public PageScans LinkScans { get; private set; } = new(null, null);

    /// <summary>What the last build wrote into the output folder and what this one writes; null when nothing is reused.</summary>
    public OutputManifest? Manifest { get; private set; }

    /// <summary>Set when the staging folder is the recycled spare folder, which holds an earlier output.</summary>
    public RecycledStaging? Recycled { get; private set; }

    /// <summary>Where resized images are made and kept.</summary>
    public virtual string ImageFolder => Path.Combine(Cache!.Root, "images");

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

    /// <summary>Opens the stores that depend on the site's settings and the output folder (Markdown sources, link scans).</summary>
    public virtual void Open(string markdownOptions, BuildStatistics statistics)
    {
        MarkdownSources = new SourceIndex(Cache!, RenderedMarkdown, markdownOptions, statistics);
        LinkScans = new PageScans(Cache!, Manifest!);
    }

    /// <summary>
    /// Stores what this build made that is right whatever becomes of the build (audio facts, cover sizes, rendered
    /// Markdown, what was read from each file): kept at once, also when the build then fails.
    /// </summary>
    public void KeepWhatWasMade()
    {
        KeepAudioAndCovers();
        RenderedMarkdown.Save();
        MarkdownSources.Save();
    }

    /// <summary>Stores the audio facts, integrity hashes and cover sizes (all a stats run reads).</summary>
    public void KeepAudioAndCovers()
    {
        Parallel.Invoke(AudioFacts.Save, AudioIntegrity.Save, CoverSizes.Save);
    }

    /// <summary>
    /// What the next build needs of this one's finished output, prepared but not yet in place: a recycled folder
    /// loses what this build did not write, then the output's fingerprint, the dates in the content and the
    /// manifests. It runs beside the link check, which reads only the files this build wrote.
    /// </summary>
    /// <param name="written">The output paths of this build, relative, with '/'.</param>
    public virtual void PrepareForNext(string staging, IReadOnlyCollection<string> written, IReadOnlyList<FileInfo> contentFiles)
    {
        // Pruning gives the status of every file that stays, which is what the fingerprint is made of.
        _outputFingerprint = Recycled is { } recycled
            ? UpToDateCheck.OutputFingerprint(recycled.Prune(written.ToHashSet(StringComparer.Ordinal)))
            : UpToDateCheck.OutputFingerprint(staging);
        // Only the stamp needs them; the Markdown files the build read give theirs from the source index.
        _contentDates = UpToDateCheck.ContentDates(Options, MarkdownSources, contentFiles);
        _pending.Add(Manifest!.PrepareSave(Cache!));
        if (KeepSpare) _pending.Add(Manifest.PrepareSaveSpare(Cache!));
    }

    /// <summary>The pages' link scans for the next build, once the link check has taken over what it reused.</summary>
    public virtual void PrepareLinkScansForNext() => _pending.Add(LinkScans.PrepareSave());

    /// <summary>The output is in place: what was prepared for the next build is too, with the build's stamp.</summary>
    public virtual void Commit(string timeZone, DateTimeOffset now, TimeWindow window, IReadOnlyList<Diagnostics.Diagnostic> diagnostics)
    {
        foreach (PendingFile? save in _pending) save?.Commit();
        _pending.Clear();
        UpToDateCheck.Record(Cache!, Options, new BuildStamp(_inputFingerprint!, _outputFingerprint!, timeZone, now,
            window.From, window.Until, _contentDates, diagnostics));
        EarlierCacheFormats.Remove(Cache!);
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
