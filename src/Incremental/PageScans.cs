using System.Collections.Concurrent;
using Sitecast.Links;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>
/// What the link checker found on each page (its ids and link attributes), kept for the next build into the same
/// folder: a page that build takes over unchanged (see <see cref="OutputManifest"/>) has the bytes it had, so it is
/// not read and scanned again. A stored scan is used only when it was made from the same key as the page taken
/// over. One file per output folder, in .sitecast-cache/links/ (see <see cref="PageScanFile"/>); a missing or
/// damaged one means every page is read. Without a cache (--no-cache) nothing is found and nothing kept.
/// </summary>
public sealed class PageScans
{
    private const string Kind = "links";
    private const string Extension = ".bin";

    private readonly BuildCache? _cache;
    private readonly OutputManifest? _manifest;
    private readonly Lazy<Dictionary<string, PageScan>> _previous;
    private readonly ConcurrentDictionary<string, PageScan> _current;
    private int _reused;

    /// <param name="cache">The cache folder; null (or no manifest) finds and keeps nothing.</param>
    public PageScans(BuildCache? cache, OutputManifest? manifest)
    {
        _cache = cache;
        _manifest = manifest;
        // Sized for the pages of the last build: filled from all threads at once, it should not have to grow meanwhile.
        _current = new ConcurrentDictionary<string, PageScan>(Environment.ProcessorCount, Math.Max(31, manifest?.KnownFiles ?? 0), StringComparer.Ordinal);
        _previous = new Lazy<Dictionary<string, PageScan>>(Load);
    }

    /// <summary>Pages whose scan came from the previous build.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>The previous build's scan of a page this build took over unchanged; null when the page must be read.</summary>
    public PageScan? Reuse(string page)
    {
        if (_manifest?.KeyIfTakenOver(page) is not { } key) return null;
        if (!_previous.Value.TryGetValue(page, out PageScan? scan) || scan.Key != key) return null;
        _current[page] = scan;
        Interlocked.Increment(ref _reused);
        return scan;
    }

    /// <summary>Keeps a page's scan for the next build, under the key the page was made from (a page without one is read every time).</summary>
    public void Keep(string page, string[] ids, HtmlAttribute[] links)
    {
        if (_manifest?.KeyOf(page) is { } key) _current[page] = new PageScan(key, ids, links);
    }

    /// <summary>The scans of this build's pages, to be stored once its output is in place (see <see cref="PendingFile"/>).</summary>
    public PendingFile? PrepareSave() => _cache is null || _manifest is null ? null :
        _cache.PrepareBlob(Kind, KeyOfFolder(_manifest.OutputRoot), Extension, stream => PageScanFile.Write(stream, _manifest.OutputRoot, _current));

    private Dictionary<string, PageScan> Load()
    {
        try
        {
            if (_cache is null || _manifest is null || _cache.FindBlob(Kind, KeyOfFolder(_manifest.OutputRoot), Extension) is not { } path) return [];
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return PageScanFile.Read(stream, _manifest.OutputRoot) ?? [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string KeyOfFolder(string outputRoot) => CacheKey.Of(Kind, outputRoot);
}

/// <summary>A page's ids (and &lt;a name&gt;s) and the link attributes on it, with the key the page was made from.</summary>
public sealed record PageScan(string Key, string[] Ids, HtmlAttribute[] Links)
{
    /// <summary>For a scan read from the scan file: the numbers its texts had there (see <see cref="PageScanFile"/>).</summary>
    internal StoredTexts? Stored { get; init; }
}

/// <summary>
/// Where a scan read from the scan file found its texts: the file's table of texts, and from <paramref name="Start"/>
/// in <paramref name="Numbers"/>, the numbers of its page, key, ids and link names and values, in the file's order.
/// </summary>
internal sealed record StoredTexts(string[] Table, List<int> Numbers, int Start);
