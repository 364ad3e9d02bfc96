using Sitecast.Audio;

namespace Sitecast.Podcast;

/// <summary>
/// Another encoding of an episode: an Ogg/Opus file with the same stem as its MP3 or M4A. Published beside it and
/// named in the feed as a podcast:alternateEnclosure, never an episode of its own (Apple takes no Ogg).
/// </summary>
public sealed record AlternateAudio(string FileName, string Url, string MimeType, long SizeBytes, long Bitrate, string Integrity)
{
    /// <summary>RFC 6381 codec of the file, where its extension tells it.</summary>
    public string? Codecs => Path.GetExtension(FileName).Equals(".opus", StringComparison.OrdinalIgnoreCase) ? "opus" : null;

    /// <summary>Average bits per second, as podcast:alternateEnclosure's bitrate gives it.</summary>
    public static long BitrateOf(long sizeBytes, TimeSpan duration) =>
        duration.TotalSeconds > 0 ? (long)Math.Round(sizeBytes * 8 / duration.TotalSeconds) : 0;

    /// <summary>The episodes' audio files, and for each that has one, its Ogg twin (same stem), which is no episode.</summary>
    public static (string[] Episodes, IReadOnlyDictionary<string, string> Twins) Split(IReadOnlyList<string> audioFiles)
    {
        static bool IsOgg(string path) => AudioReader.MimeTypes[Path.GetExtension(path)] == "audio/ogg";
        static string Stem(string path) => path[..^Path.GetExtension(path).Length];

        var mainByStem = audioFiles.Where(f => !IsOgg(f)).GroupBy(Stem, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var twins = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string ogg in audioFiles.Where(IsOgg))
        {
            if (mainByStem.TryGetValue(Stem(ogg), out string? main)) twins.TryAdd(main, ogg);
        }

        return (audioFiles.Where(f => !twins.ContainsValue(f)).ToArray(), twins);
    }
}
