using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Sitecast.Cache;

/// <summary>Cache keys: a SHA-256 over the parts that decide a result, written as lowercase hex.</summary>
public static class CacheKey
{
    /// <summary>Hashes the parts in order; a separator keeps ("ab", "c") apart from ("a", "bc").</summary>
    public static string Of(params string[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> small = stackalloc byte[1024];
        foreach (string part in parts)
        {
            // A part may be a whole Markdown file: encoded into a borrowed buffer, not a new array every time.
            int most = Encoding.UTF8.GetMaxByteCount(part.Length);
            byte[]? rented = most <= small.Length ? null : ArrayPool<byte>.Shared.Rent(most);
            Span<byte> buffer = rented ?? small;
            hash.AppendData(buffer[..Encoding.UTF8.GetBytes(part, buffer)]);
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
            hash.AppendData([0]);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// A key for a value derived from a file, by the file's full path, size and modification time (as make does:
    /// nothing is read) and whatever else the value depends on.
    /// </summary>
    public static string OfFileStamp(string kind, FileInfo file, params string[] more) =>
        Of([kind, file.FullName, file.Length.ToString(CultureInfo.InvariantCulture),
            file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture), .. more]);

    /// <summary>The SHA-256 of a file's bytes, read as a stream (audio files can be large).</summary>
    public static string OfFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
