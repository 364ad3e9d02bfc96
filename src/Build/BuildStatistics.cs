namespace Sitecast.Build;

/// <summary>
/// Counts of the work a build did and the work the cache saved, for the summary and for tests that prove
/// an unchanged file is not rendered again. Thread-safe.
/// </summary>
public sealed class BuildStatistics
{
    private int _markdownRendered;
    private int _markdownFromCache;
    private int _sourcesNotRead;

    /// <summary>Markdown bodies rendered by Markdig in this build.</summary>
    public int MarkdownRendered => _markdownRendered;

    /// <summary>Markdown bodies taken from the cache.</summary>
    public int MarkdownFromCache => _markdownFromCache;

    /// <summary>Markdown files unchanged since the last build, taken from the source index instead of being read.</summary>
    public int SourcesNotRead => _sourcesNotRead;

    /// <summary>Output files taken over unchanged from the previous build instead of being made again.</summary>
    public int FilesCarriedOver { get; set; }

    /// <summary>Pages taken over unchanged whose links the link checker knew from the last build, so did not read again.</summary>
    public int PagesNotScanned { get; set; }

    /// <summary>True when nothing had changed since the last build into the same folder, so nothing was done.</summary>
    public bool UpToDate { get; set; }

    public void CountMarkdownRendered() => Interlocked.Increment(ref _markdownRendered);

    public void CountMarkdownFromCache() => Interlocked.Increment(ref _markdownFromCache);

    public void CountSourceNotRead() => Interlocked.Increment(ref _sourcesNotRead);
}
