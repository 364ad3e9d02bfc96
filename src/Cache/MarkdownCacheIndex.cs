using System.Collections.Concurrent;
using System.Text.Json;
using Sitecast.Content;

namespace Sitecast.Cache;

/// <summary>
/// Rendered Markdown kept in one file (.sitecast-cache/markdown/index.json) rather than one file per post: a
/// clean build of a few hundred posts then writes one file instead of hundreds, which on slow file systems cost
/// as much as the rendering itself. Loaded once, on first use; saved with the entries this build used, so
/// renderings of deleted or changed posts do not pile up. A damaged index is ignored (everything is rendered).
/// </summary>
public sealed class MarkdownCacheIndex(BuildCache cache)
{
    private const string Kind = "markdown";

    private readonly ConcurrentDictionary<string, RenderedMarkdown> _used = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, RenderedMarkdown>> _stored = new(() => Load(cache));
    private int _added;

    private static string PathOf(BuildCache cache) => Path.Combine(cache.Root, Kind, "index.json");

    public bool TryGet(string key, out RenderedMarkdown rendered)
    {
        if (_used.TryGetValue(key, out rendered!)) return true;
        if (!_stored.Value.TryGetValue(key, out rendered!)) return false;
        _used[key] = rendered;
        return true;
    }

    public void Put(string key, RenderedMarkdown rendered)
    {
        _used[key] = rendered;
        Interlocked.Exchange(ref _added, 1);
    }

    /// <summary>Writes the index when this build rendered something new or stopped using an entry.</summary>
    public void Save()
    {
        if (Volatile.Read(ref _added) == 0 && (!_stored.IsValueCreated || _stored.Value.Count == _used.Count)) return;
        var sorted = new SortedDictionary<string, RenderedMarkdown>(_used, StringComparer.Ordinal);
        var entry = new CacheEntry<SortedDictionary<string, RenderedMarkdown>>(BuildCache.Format, Kind, "index", sorted);
        string path = PathOf(cache);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            // Streamed into the file: the index of a large site is tens of megabytes, and serialising it to one
            // array first (which then grows by doubling) made it the build's peak of memory.
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                JsonSerializer.Serialize(stream, entry, CacheJsonContext.Default.CacheEntrySortedDictionaryStringRenderedMarkdown);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs time on the next build.
        }
    }

    private static Dictionary<string, RenderedMarkdown> Load(BuildCache cache)
    {
        try
        {
            string path = PathOf(cache);
            if (!File.Exists(path)) return new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var entry = JsonSerializer.Deserialize(stream, CacheJsonContext.Default.CacheEntrySortedDictionaryStringRenderedMarkdown);
            if (entry is null || entry.Format != BuildCache.Format || entry.Kind != Kind || entry.Value is null)
                return new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
            return new Dictionary<string, RenderedMarkdown>(entry.Value.Where(e => e.Value is not null), StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        }
    }
}
