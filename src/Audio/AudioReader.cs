using Microsoft.Win32.SafeHandles;

namespace Sitecast.Audio;

/// <summary>
/// Reads an audio file's facts. Tags (title, artists, album, track, disc, year, comment, genre, cover) come from
/// TagLib#; the exact duration and the chapters from our own readers of the MPEG, MP4 and Ogg structures, which run
/// first and check every size against the file, so a broken or hostile file fails with a message, not a crash.
/// </summary>
public static class AudioReader
{
    public static readonly IReadOnlyDictionary<string, string> MimeTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/x-m4a",
        [".mp4"] = "audio/x-m4a",
        [".ogg"] = "audio/ogg",
        [".opus"] = "audio/ogg",
    };

    public static bool IsAudio(string path) => MimeTypes.ContainsKey(Path.GetExtension(path));

    /// <summary>Reads one file; throws <see cref="AudioFormatException"/> when it is not readable audio.</summary>
    public static AudioInfo Read(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists) throw new AudioFormatException("the file does not exist");
        if (file.Length == 0) throw new AudioFormatException("the file is empty");
        if (!MimeTypes.TryGetValue(file.Extension, out string? mimeType))
        {
            throw new AudioFormatException($"'{file.Extension}' is not an audio type we read (.mp3, .m4a, .mp4, .ogg, .opus)");
        }

        try
        {
            return ReadChecked(path, file.Length, mimeType);
        }
        catch (AudioFormatException)
        {
            throw;
        }
        catch (Exception e) when (e is TagLib.CorruptFileException or TagLib.UnsupportedFormatException)
        {
            throw new AudioFormatException($"the file is not readable audio: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new AudioFormatException($"the file cannot be read: {e.Message}", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // TagLib# meets malformed input with whatever exception its parser hits (KeyNotFoundException,
            // ArgumentOutOfRangeException, NullReferenceException ...): the file is damaged, the build must not crash.
            throw new AudioFormatException($"the file is damaged and cannot be read ({e.GetType().Name}: {e.Message})", e);
        }
    }

    private static AudioInfo ReadChecked(string path, long length, string mimeType)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        var warnings = new List<string>();
        TimeSpan duration;
        IReadOnlyList<Chapter> chapters = [];
        using (SafeFileHandle handle = File.OpenHandle(path))
        {
            var window = new FileWindow(handle, length);
            switch (extension)
            {
                case ".mp3":
                    (duration, IReadOnlyList<string> mpegWarnings) = MpegDuration.Measure(window);
                    warnings.AddRange(mpegWarnings);
                    break;
                case ".m4a" or ".mp4":
                    Mp4Facts mp4 = Mp4Reader.Read(window);
                    duration = mp4.Duration;
                    chapters = mp4.Chapters;
                    warnings.AddRange(mp4.Warnings);
                    break;
                default:
                    (duration, IReadOnlyList<string> oggWarnings) = OggDuration.Measure(window);
                    warnings.AddRange(oggWarnings);
                    break;
            }
        }

        // The structure is sound, so TagLib# reads tags whose sizes fit in the file. The MIME type is passed
        // explicitly: TagLib# would otherwise guess from the extension, which we already checked.
        using TagLib.File tagged = TagLib.File.Create(path, TagLibMimeType(extension), TagLib.ReadStyle.None);
        TagLib.Tag tag = tagged.Tag;
        if (tagged.GetTag(TagLib.TagTypes.Id3v2) is TagLib.Id3v2.Tag id3) chapters = Id3Chapters.Read(id3, warnings);
        if (tagged.GetTag(TagLib.TagTypes.Xiph) is TagLib.Ogg.XiphComment xiph) chapters = VorbisChapters.Read(xiph, warnings);

        return new AudioInfo
        {
            MimeType = mimeType,
            SizeBytes = length,
            Duration = duration,
            Title = NullIfEmpty(tag.Title),
            Artists = (tag.Performers ?? []).Where(artist => !string.IsNullOrEmpty(artist)).ToList(),
            Album = NullIfEmpty(tag.Album),
            Track = tag.Track > 0 ? (int)tag.Track : null,
            Disc = tag.Disc > 0 ? (int)tag.Disc : null,
            Date = AudioTagFields.RecordingDate(tagged),
            Year = tag.Year > 0 ? (int)tag.Year : null,
            Comment = NullIfEmpty(tag.Comment) ?? AudioTagFields.VorbisDescription(tagged),
            Genre = NullIfEmpty(tag.FirstGenre),
            Chapters = chapters,
            Cover = AudioTagFields.Cover(tag, warnings),
            Warnings = warnings,
        };
    }

    private static string TagLibMimeType(string extension) => extension switch
    {
        ".mp3" => "taglib/mp3",
        ".m4a" => "taglib/m4a",
        ".mp4" => "taglib/mp4",
        ".ogg" => "taglib/ogg",
        _ => "taglib/opus",
    };

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
