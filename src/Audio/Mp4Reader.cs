using System.Buffers.Binary;
using System.Text;

namespace Sitecast.Audio;

/// <summary>
/// Reads an MP4/M4A file's own structure: the audio track's length (its edit list drops the encoder's priming
/// samples, as players do) and chapters from the QuickTime chapter track (tref/chap) or Nero's chpl box.
/// </summary>
internal static class Mp4Reader
{
    /// <summary>A movie box beyond this is not a podcast episode; the cap keeps a bogus size from exhausting memory.</summary>
    private const long MaxMovieBoxBytes = 64L << 20;

    public static Mp4Facts Read(FileWindow window)
    {
        var warnings = new List<string>();
        byte[]? moov = null;
        long position = 0;
        bool first = true;
        while (position + 8 <= window.Length)
        {
            ReadOnlySpan<byte> header = window.Get(position, 16);
            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            string type = Encoding.Latin1.GetString(header.Slice(4, 4));
            int headerLength = 8;
            if (size == 1 && header.Length == 16)
            {
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header[8..]);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = window.Length - position;
            }

            if (first && type != "ftyp") throw new AudioFormatException("no ftyp box at the start: the file is not MP4 audio");
            first = false;
            if (size < headerLength) throw new AudioFormatException($"the MP4 box '{type}' at byte {position} has an invalid size");
            if (position + size > window.Length)
            {
                warnings.Add($"the file is truncated: the MP4 box '{type}' claims {size} bytes but only {window.Length - position} remain");
                break;
            }

            if (type == "moov")
            {
                if (size > MaxMovieBoxBytes) throw new AudioFormatException($"the MP4 movie box is {size} bytes, more than we read");
                moov = window.ReadExactly(position + headerLength, (int)(size - headerLength));
            }

            position += size;
        }

        if (moov is null) throw new AudioFormatException("no moov box: the MP4 file is cut off or not audio");
        Mp4Boxes.Validate(moov, "moov");

        var tracks = Mp4Boxes.Children(moov).Where(box => box.Type == "trak").Select(box => Mp4Track.Parse(box.Body)).ToList();
        Mp4Track audio = tracks.FirstOrDefault(track => track.Handler == "soun")
            ?? throw new AudioFormatException("the MP4 file has no audio track");
        if (audio.TimeScale <= 0) throw new AudioFormatException("the MP4 audio track has no time scale");
        (long movieTimeScale, _) = Mp4Boxes.TimeScaleAndDuration(Mp4Boxes.Child(moov, "mvhd").Span);

        double seconds = audio.Duration / (double)audio.TimeScale;
        if (audio.EditMediaTime is long mediaTime && audio.EditDuration > 0 && movieTimeScale > 0)
        {
            seconds = Math.Min(audio.EditDuration / (double)movieTimeScale, (audio.Duration - mediaTime) / (double)audio.TimeScale);
        }

        if (warnings.Count > 0)
        {
            // Cut short: the movie box (stored first) still describes the whole file; count what is really there.
            (long time, long offset, long size) = audio.Samples(window.Length, limit: int.MaxValue).FirstOrDefault(sample => sample.Offset + sample.Size > window.Length, (-1, 0, 0));
            if (time >= 0) seconds = Math.Min(seconds, Math.Max(time - (audio.EditMediaTime ?? 0), 0) / (double)audio.TimeScale);
        }

        IReadOnlyList<Chapter> trackChapters = ChapterTrack(window, audio, tracks);
        IReadOnlyList<Chapter> neroChapters = NeroChapters(Mp4Boxes.Path(moov, "udta", "chpl").Span);
        return new Mp4Facts(AudioDuration.FromSeconds(seconds, "the MP4 audio track"), trackChapters, neroChapters, warnings);
    }

    /// <summary>QuickTime chapters: each sample of the text track named by the audio track's tref/chap is one title.</summary>
    internal static IReadOnlyList<Chapter> ChapterTrack(FileWindow window, Mp4Track audio, IReadOnlyList<Mp4Track> tracks)
    {
        Mp4Track? text = tracks.FirstOrDefault(track => audio.ChapterTrackIds.Contains(track.Id) && track.TimeScale > 0);
        if (text is null) return [];
        var chapters = new List<Chapter>();
        foreach ((long time, long offset, long size) in text.Samples(window.Length, limit: 10_000))
        {
            if (size < 2 || offset + size > window.Length) continue;
            ReadOnlySpan<byte> sample = window.Get(offset, (int)Math.Min(size, 4096));
            int length = Math.Min(BinaryPrimitives.ReadUInt16BigEndian(sample), sample.Length - 2);
            chapters.Add(new Chapter(AudioDuration.FromSeconds(time / (double)text.TimeScale, "the MP4 chapter track"), DecodeText(sample.Slice(2, length))));
        }

        return chapters;
    }

    /// <summary>Nero chapters: version, flags, (version 1: 4 reserved bytes), a count, then start (100 ns units) and a title each.</summary>
    internal static IReadOnlyList<Chapter> NeroChapters(ReadOnlySpan<byte> chpl)
    {
        if (chpl.Length < 5) return [];
        int position = chpl[0] == 1 ? 8 : 4;
        if (position >= chpl.Length) return [];
        int count = chpl[position++];
        var chapters = new List<Chapter>();
        for (int i = 0; i < count && position + 9 <= chpl.Length; i++)
        {
            long start = (long)BinaryPrimitives.ReadUInt64BigEndian(chpl[position..]);
            int length = chpl[position + 8];
            position += 9;
            if (position + length > chpl.Length) break;
            chapters.Add(new Chapter(TimeSpan.FromTicks(start), Encoding.UTF8.GetString(chpl.Slice(position, length))));
            position += length;
        }

        return chapters.OrderBy(chapter => chapter.Start).ToList();
    }

    private static string DecodeText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode.GetString(bytes[2..]);
        return Encoding.UTF8.GetString(bytes);
    }
}
