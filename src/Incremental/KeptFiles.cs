namespace Sitecast.Incremental;

/// <summary>
/// Files that are slow to make (resized covers) kept for later builds, one file each under
/// .sitecast-cache/&lt;kind&gt;/, named by a hash of what they are made from: a name can never be stale, only unused.
/// Without a cache (--no-cache) nothing is found and nothing kept.
/// </summary>
public sealed class KeptFiles(BuildCache? cache, string kind, string extension)
{
    /// <summary>The bytes kept for <paramref name="identity"/> (everything the file is made from), or null.</summary>
    public byte[]? Find(string identity)
    {
        if (cache?.FindBlob(kind, CacheKey.Of(identity), extension) is not { } path) return null;
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Keep(string identity, byte[] bytes) => cache?.PutBlob(kind, CacheKey.Of(identity), extension, bytes);
}
