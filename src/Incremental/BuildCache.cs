using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Sitecast.Cache;

/// <summary>
/// Results of expensive work (rendered Markdown, audio metadata, processed images) kept between builds in
/// .sitecast-cache/, one JSON file per entry under &lt;kind&gt;/&lt;first two hex digits&gt;/&lt;key&gt;.json.
/// Keys are content hashes, so an entry can never be stale, only unused. A file that cannot be read or
/// does not match its key (a crash mid-write, a disk hiccup, an older format) counts as a miss and is
/// replaced: the cache can make a build faster, never wrong. Safe to call from several threads.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Bump when the shape of stored entries changes: older entries then simply miss.</summary>
    public const int Format = 1;

    public const string FolderName = ".sitecast-cache";

    private static readonly JsonSerializerOptions Json = CacheJsonContext.FileOptions;

    public BuildCache(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>The cache of a site folder: &lt;source&gt;/.sitecast-cache.</summary>
    public static BuildCache ForSite(string sourceRoot) => new(Path.Combine(sourceRoot, FolderName));

    public bool TryGet<T>(string kind, string key, out T value)
    {
        value = default!;
        string path = PathOf(kind, key, ".json");
        try
        {
            if (!File.Exists(path)) return false;
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(path), TypeInfoOf<T>());
            if (entry is null || entry.Format != Format || entry.Kind != kind || entry.Key != key || entry.Value is null)
                return false;
            value = entry.Value;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    public void Put<T>(string kind, string key, T value)
    {
        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(new CacheEntry<T>(Format, kind, key, value), TypeInfoOf<T>());
        WriteAtomically(PathOf(kind, key, ".json"), bytes);
    }

    // Through the type's serialisation metadata rather than the options: the native build has no reflection.
    private static JsonTypeInfo<CacheEntry<T>> TypeInfoOf<T>() => (JsonTypeInfo<CacheEntry<T>>)Json.GetTypeInfo(typeof(CacheEntry<T>));

    /// <summary>The cached value for key, or the created one (then stored).</summary>
    public T GetOrCreate<T>(string kind, string key, Func<T> create)
    {
        if (TryGet(kind, key, out T cached)) return cached;
        T created = create();
        Put(kind, key, created);
        return created;
    }

    /// <summary>
    /// A value derived from a file's bytes (audio metadata, say). The quick key is path, size and modification
    /// time; when that misses, the file's content hash is the key, so a touched or moved file is hashed again
    /// but not processed again. <paramref name="options"/> names everything else the value depends on.
    /// </summary>
    public T GetOrCreateForFile<T>(string kind, string path, string options, Func<T> create)
    {
        var file = new FileInfo(path);
        string statKey = CacheKey.OfFileStamp(kind, file, options);
        string statKind = kind + "-stat";
        if (TryGet(statKind, statKey, out string contentHash) && TryGet(kind, CacheKey.Of(contentHash, options), out T known))
            return known;

        contentHash = CacheKey.OfFile(path);
        T value = GetOrCreate(kind, CacheKey.Of(contentHash, options), create);
        Put(statKind, statKey, contentHash);
        return value;
    }

    /// <summary>A stored file (a processed image) for the key, or null. The caller copies it, never changes it.</summary>
    public string? FindBlob(string kind, string key, string extension)
    {
        string path = PathOf(kind, key, extension);
        return File.Exists(path) && new FileInfo(path).Length > 0 ? path : null;
    }

    /// <summary>Stores a file's bytes under the key and returns where they are.</summary>
    public string PutBlob(string kind, string key, string extension, byte[] bytes)
    {
        string path = PathOf(kind, key, extension);
        WriteAtomically(path, bytes);
        return path;
    }

    /// <summary>Stores a file under the key, streamed by <paramref name="write"/>, and returns where it is.</summary>
    public string PutBlob(string kind, string key, string extension, Action<Stream> write)
    {
        string path = PathOf(kind, key, extension);
        WriteAtomically(path, write);
        return path;
    }

    private string PathOf(string kind, string key, string extension)
    {
        if (kind.Length == 0 || kind.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
            throw new ArgumentException($"cache kind '{kind}' must be letters, digits and hyphens", nameof(kind));
        if (key.Length < 8 || key.Any(c => !char.IsAsciiHexDigitLower(c)))
            throw new ArgumentException("cache keys are lowercase hex hashes (see CacheKey)", nameof(key));
        return Path.Combine(Root, kind, key[..2], key + extension);
    }

    // Written in one call: the stream needs no buffer of its own (64 KB for each of hundreds of small entries).
    private static void WriteAtomically(string path, byte[] bytes) => WriteBeside(path, stream => stream.Write(bytes), bufferSize: 0)?.Commit();

    /// <summary>
    /// Writes a cache file beside its place, then renames it there: a reader sees the old file, the new one or none,
    /// never half of one. Large files are streamed by <paramref name="write"/> rather than built in memory first.
    /// </summary>
    public static void WriteAtomically(string path, Action<Stream> write) => WriteBeside(path, write)?.Commit();

    /// <summary>
    /// Like <see cref="PutBlob(string, string, string, Action{Stream})"/>, but the file only takes its place on
    /// <see cref="PendingFile.Commit"/>: the writing can happen while a build may still fail, the commit once it
    /// has not. Null when the file could not be written (a cache that cannot be written only costs time).
    /// </summary>
    public PendingFile? PrepareBlob(string kind, string key, string extension, Action<Stream> write) =>
        WriteBeside(PathOf(kind, key, extension), write);

    private static PendingFile? WriteBeside(string path, Action<Stream> write, int bufferSize = 1 << 16)
    {
        string temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize))
                write(stream);
            return new PendingFile(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            PendingFile.Delete(temporary);
            return null;
        }
    }
}
