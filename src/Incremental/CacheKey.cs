using System.Globalization;
using System.IO.Hashing;

namespace Sitecast.Incremental;

/// <summary>
/// Cache keys: an XxHash128 over the parts that decide a result, written as 32 lowercase hex digits. The cache
/// guards against accidents, not attackers (whoever can write the inputs can write the cache too), and 128 bits
/// make an accidental collision as unlikely as with a cryptographic hash. A clean build makes a key for every
/// Markdown body: with SHA-256 through OpenSSL, setting up each hash cost more than the Markdown rendering saved
/// by the cache in a small edit.
/// </summary>
public static class CacheKey
{
    /// <summary>Hashes the parts in order; each part's length goes first, which keeps ("ab", "c") apart from ("a", "bc").</summary>
    public static string Of(params string[] parts)
    {
        var hash = new XxHash128();
        foreach (string part in parts) hash.AppendText(part);

        return Hex(hash);
    }

    /// <summary>
    /// A key for a value derived from a file, by the file's full path, size and modification time (as make does:
    /// nothing is read) and whatever else the value depends on.
    /// </summary>
    public static string OfFileStamp(string kind, FileInfo file, params string[] more) =>
        Of([kind, file.FullName, file.Length.ToString(CultureInfo.InvariantCulture),
            file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture), .. more]);

    /// <summary>The hash of a file's bytes, read as a stream (audio files can be large).</summary>
    public static string OfFile(string path)
    {
        var hash = new XxHash128();
        using FileStream stream = File.OpenRead(path);
        hash.Append(stream);
        return Hex(hash);
    }

    private static string Hex(XxHash128 hash)
    {
        Span<byte> digest = stackalloc byte[16];
        hash.GetCurrentHash(digest);
        return Convert.ToHexStringLower(digest);
    }
}
