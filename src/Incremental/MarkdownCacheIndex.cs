using Sitecast.Content;

namespace Sitecast.Incremental;

/// <summary>
/// Rendered Markdown kept in sixteen files (.sitecast-cache/markdown/index-0.bin … index-f.bin, by the first
/// digit of the key) rather than one file per post: a clean build of a few hundred posts then writes sixteen
/// files instead of hundreds, which on slow file systems cost as much as the rendering itself, and a build that
/// changed one post rewrites one sixteenth of the index, not all of it. Each part is loaded on first use, so
/// the parts load in parallel as posts are read; each is saved with the entries this build used, so renderings
/// of deleted or changed posts do not pile up. A damaged part is ignored (its posts are rendered).
/// </summary>
public sealed class MarkdownCacheIndex
{
    private const string Kind = "markdown";
    private const int Parts = 16;

    private readonly Part[]? _parts;

    /// <param name="cache">The cache folder; null finds and keeps nothing.</param>
    public MarkdownCacheIndex(BuildCache? cache)
    {
        _parts = cache is null ? null : Enumerable.Range(0, Parts).Select(i => new Part(PathOf(cache, i))).ToArray();
    }

    /// <summary>An index that keeps nothing: no body gets a key, so every body is rendered.</summary>
    public static MarkdownCacheIndex None { get; } = new(null);

    private static string PathOf(BuildCache cache, int part) => Path.Combine(cache.Root, Kind, $"index-{part:x}.bin");

    // Keys are lowercase hex hashes (CacheKey), so the first digit spreads them evenly.
    private Part PartOf(string key) => _parts![Convert.ToInt32(key[..1], 16)];

    /// <summary>
    /// The key a body is kept under: its text, where it stands (link positions name the file and its lines) and
    /// everything else its HTML depends on. Null when nothing is kept.
    /// </summary>
    public string? KeyOf(string options, string where, string markdown) => _parts is null ? null : CacheKey.Of(options, where, markdown);

    public bool TryGet(string key, out RenderedMarkdown rendered)
    {
        rendered = null!;
        return _parts is not null && PartOf(key).TryGet(key, out rendered);
    }

    public void Put(string key, RenderedMarkdown rendered)
    {
        if (_parts is not null) PartOf(key).Put(key, rendered);
    }

    /// <summary>Writes each part to which this build added an entry or in which it stopped using one.</summary>
    public void Save()
    {
        if (_parts is not null) Parallel.ForEach(_parts, part => part.Save());
    }

    private sealed class Part(string path)
    {
        private readonly UsedEntries<RenderedMarkdown> _entries = new(() => Load(path));

        public bool TryGet(string key, out RenderedMarkdown rendered) => _entries.TryGet(key, out rendered);

        public void Put(string key, RenderedMarkdown rendered) => _entries.Put(key, rendered);

        public void Save()
        {
            if (!_entries.Changed) return;
            // Streamed into the file: a part of a large site's index is megabytes.
            BuildCache.WriteAtomically(path, stream => MarkdownIndexFile.Write(stream, _entries.Used));
            // The JSON parts of earlier versions are never read again.
            try { File.Delete(Path.ChangeExtension(path, ".json")); } catch (IOException) { /* only space */ }
        }

        private static Dictionary<string, RenderedMarkdown> Load(string path)
        {
            try
            {
                if (!File.Exists(path)) return new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
                // The bodies' HTML stays in the file until it is needed: a build after one edit needs almost none.
                return MarkdownIndexFile.Read(path) ?? new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
            }
        }
    }
}
