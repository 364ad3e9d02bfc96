namespace Sitecast.Audio;

/// <summary>
/// Reads an audio file's facts with TagLib#. Placeholder contract: the podcast work replaces the duration
/// and chapter logic with exact frame counting and chapter parsers of our own.
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
        if (file.Length == 0) throw new AudioFormatException("the file is empty");
        try
        {
            using var tagged = TagLib.File.Create(path);
            TagLib.Tag tag = tagged.Tag;
            return new AudioInfo
            {
                MimeType = MimeTypes[file.Extension],
                SizeBytes = file.Length,
                Duration = tagged.Properties.Duration,
                Title = tag.Title,
                Artists = tag.Performers ?? [],
                Album = tag.Album,
                Track = tag.Track > 0 ? (int)tag.Track : null,
                Disc = tag.Disc > 0 ? (int)tag.Disc : null,
                Year = tag.Year > 0 ? (int)tag.Year : null,
                Comment = tag.Comment,
                Genre = tag.FirstGenre,
                Cover = tag.Pictures is { Length: > 0 } pictures
                    ? new EmbeddedPicture(pictures[0].Data.Data, pictures[0].MimeType)
                    : null,
            };
        }
        catch (TagLib.CorruptFileException e)
        {
            throw new AudioFormatException($"the file is not readable audio: {e.Message}", e);
        }
        catch (TagLib.UnsupportedFormatException e)
        {
            throw new AudioFormatException($"the file is not a supported audio format: {e.Message}", e);
        }
    }
}
