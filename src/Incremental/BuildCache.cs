namespace Sitecast.Incremental;

/// <summary>
/// The cache folder, .sitecast-cache/ in the site folder, and how its files are written: each beside its place, then
/// renamed there, so a reader sees the old file, the new one or none, never half of one. Files that belong to one
/// thing (a resized cover, an output folder's manifest) lie under &lt;kind&gt;/&lt;first two hex digits&gt;/&lt;key&gt;,
/// named by a content hash, so a file can never be stale, only unused. The stores over it (see
/// <see cref="BuildReuse"/>) treat a file that cannot be read as missing: the cache can make a build faster, never
/// wrong. Safe to call from several threads.
/// </summary>
public sealed class BuildCache
{
    public const string FolderName = ".sitecast-cache";

    public BuildCache(string root)
    {
        Root = Path.GetFullPath(root);
    }

    public string Root { get; }

    /// <summary>The cache of a site folder: &lt;source&gt;/.sitecast-cache.</summary>
    public static BuildCache ForSite(string sourceRoot) => new(Path.Combine(sourceRoot, FolderName));

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
