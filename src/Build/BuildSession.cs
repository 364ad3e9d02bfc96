using System.Collections.Concurrent;
using Sitecast.Diagnostics;
using Sitecast.Engine;
using Sitecast.Model;
using Sitecast.Templates;

namespace Sitecast.Build;

/// <summary>
/// What one build changes while it runs: the staging folder it writes into, the registries pipelines fill (outputs
/// claimed, pages written, translations, the time window), the caches, the counters. Made once per build and shared,
/// as this one object, by the <see cref="SiteContext"/> of every language; nothing of it outlives the build.
/// </summary>
public sealed class BuildSession
{
    /// <summary>The staging folder the build writes into; swapped in place of the output when all went well.</summary>
    public required string StagingRoot { get; init; }

    /// <summary>
    /// Set when the staging folder is the recycled spare folder, which holds an earlier output: a file in it is
    /// kept only when it is known to be right, and is removed, never written into, otherwise. Null for a new folder.
    /// </summary>
    public Incremental.RecycledStaging? RecycledStaging { get; init; }

    /// <summary>
    /// The content folders' files as the input fingerprint's walk found them, by absolute path, with the status it
    /// read (size, time): what the fingerprint records is what the build goes by, and a large site's files are not
    /// asked for their status twice.
    /// </summary>
    public IReadOnlyDictionary<string, FileInfo> InputFiles { get; init; } = new Dictionary<string, FileInfo>();

    /// <summary>The file at <paramref name="absolutePath"/>: as the walk found it, or as it is now when the walk did not see it.</summary>
    public FileInfo InputFile(string absolutePath) =>
        InputFiles.TryGetValue(absolutePath, out FileInfo? file) ? file : new FileInfo(absolutePath);

    /// <summary>What is taken over from the last build and kept for the next; its stores keep nothing with --no-cache.</summary>
    public required Incremental.BuildReuse Reuse { get; init; }

    public required DiagnosticBag Diagnostics { get; init; }

    /// <summary>
    /// Dates compared with the build's "now": the output stays valid until the next one is reached. A module that
    /// compares a date with now (publishing, episodes) records the date here.
    /// </summary>
    public required TimeWindow Window { get; init; }

    /// <summary>Counts of work done and saved by the cache.</summary>
    public BuildStatistics Statistics { get; init; } = new();

    /// <summary>Where long steps report progress.</summary>
    public Progress.IProgressReporter Progress { get; init; } = Sitecast.Progress.SilentProgressReporter.Instance;

    /// <summary>Who writes each output path, for every pipeline and language.</summary>
    public OutputRegistry Outputs { get; } = new();

    /// <summary>Which pages are translations of which, once every pipeline's Process outputs exist; one for all languages.</summary>
    public TranslationMap Translations { get; } = new();

    /// <summary>The ids and links of the pages rendered in this build, scanned as they were written.</summary>
    public Links.WrittenPages WrittenPages { get; } = new();

    /// <summary>The new podcast/published.yml, written by <see cref="SiteBuild"/> only once the output is in place.</summary>
    public Sitecast.Podcast.PublishedRecordWrite PublishedRecord { get; } = new();

    /// <summary>For tests: this build's injected write failures; null otherwise.</summary>
    internal Output.WriteFaults? WriteFaults { get; init; }

    private Incremental.OutputWriter? _writer;

    /// <summary>Puts each document's file into the staging folder, keeping or taking over what is still right.</summary>
    public Incremental.OutputWriter Writer => LazyInitializer.EnsureInitialized(ref _writer,
        () => new Incremental.OutputWriter(StagingRoot, RecycledStaging, Reuse.Manifest, WrittenPages, WriteFaults));

    // Each language's shared page values, made by its first page rendered (see SiteValues.Load).
    private readonly ConcurrentDictionary<string, Lazy<SiteValues>> _pageValues = new(StringComparer.Ordinal);

    internal SiteValues PageValues(SiteLanguage language, Func<SiteValues> make) =>
        _pageValues.GetOrAdd(language.Code, _ => new Lazy<SiteValues>(make)).Value;

    internal SiteValues? PageValues(SiteLanguage language) =>
        _pageValues.TryGetValue(language.Code, out Lazy<SiteValues>? made) ? made.Value : null;

    // Each post's values, by language and by the post's document itself (records compare by value, which would hash
    // every post's fields): the same on its page, in every listing and in the feeds.
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Document, PostValues>> _postValues = new(StringComparer.Ordinal);

    internal PostValues PostValuesOf(Document post, string language) => _postValues
        .GetOrAdd(language, _ => new ConcurrentDictionary<Document, PostValues>(ReferenceEqualityComparer.Instance))
        .GetOrAdd(post, d => new PostValues(d, language));
}
