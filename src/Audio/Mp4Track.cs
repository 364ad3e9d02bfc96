using System.Buffers.Binary;

namespace Sitecast.Audio;

/// <summary>The parts of one MP4 track (trak box) needed for durations and chapter tracks.</summary>
internal sealed record Mp4Track(
    uint Id,
    string Handler,
    long TimeScale,
    long Duration,
    long? EditMediaTime,
    long EditDuration,
    IReadOnlyList<uint> ChapterTrackIds,
    ReadOnlyMemory<byte> SampleTable)
{
    public static Mp4Track Parse(ReadOnlyMemory<byte> trak)
    {
        ReadOnlySpan<byte> tkhd = Mp4Boxes.Child(trak, "tkhd").Span;
        uint id = tkhd.Length >= 24 ? BinaryPrimitives.ReadUInt32BigEndian(tkhd[(tkhd[0] == 1 ? 20 : 12)..]) : 0;
        ReadOnlySpan<byte> hdlr = Mp4Boxes.Path(trak, "mdia", "hdlr").Span;
        string handler = hdlr.Length >= 12 ? System.Text.Encoding.Latin1.GetString(hdlr.Slice(8, 4)) : "";
        (long timeScale, long duration) = Mp4Boxes.TimeScaleAndDuration(Mp4Boxes.Path(trak, "mdia", "mdhd").Span);

        long? mediaTime = null;
        long editDuration = 0;
        ReadOnlySpan<byte> elst = Mp4Boxes.Path(trak, "edts", "elst").Span;
        if (elst.Length >= 8)
        {
            bool wide = elst[0] == 1;
            int entrySize = wide ? 20 : 12;
            long count = BinaryPrimitives.ReadUInt32BigEndian(elst[4..]);
            for (int i = 0; i < count && 8 + ((i + 1) * entrySize) <= elst.Length; i++)
            {
                ReadOnlySpan<byte> entry = elst.Slice(8 + (i * entrySize), entrySize);
                long segment = wide ? (long)BinaryPrimitives.ReadUInt64BigEndian(entry) : BinaryPrimitives.ReadUInt32BigEndian(entry);
                long time = wide ? BinaryPrimitives.ReadInt64BigEndian(entry[8..]) : BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
                if (time < 0) continue; // an empty edit: a pause before the media starts
                mediaTime ??= time;
                editDuration += segment;
            }
        }

        var chapterIds = new List<uint>();
        ReadOnlySpan<byte> chap = Mp4Boxes.Path(trak, "tref", "chap").Span;
        for (int i = 0; i + 4 <= chap.Length; i += 4) chapterIds.Add(BinaryPrimitives.ReadUInt32BigEndian(chap[i..]));

        ReadOnlyMemory<byte> stbl = Mp4Boxes.Path(trak, "mdia", "minf", "stbl");
        return new Mp4Track(id, handler, timeScale, duration, mediaTime, editDuration, chapterIds, stbl);
    }

    /// <summary>Start time (in the track's time scale), file offset and size of every sample, at most <paramref name="limit"/>.</summary>
    /// <param name="fileLength">The real size of the file, which bounds how many samples it can hold.</param>
    public IReadOnlyList<(long Time, long Offset, long Size)> Samples(long fileLength, int limit)
    {
        var result = new List<(long, long, long)>();
        ReadOnlySpan<byte> stts = Mp4Boxes.Child(SampleTable, "stts").Span;
        ReadOnlySpan<byte> stsz = Mp4Boxes.Child(SampleTable, "stsz").Span;
        ReadOnlySpan<byte> stsc = Mp4Boxes.Child(SampleTable, "stsc").Span;
        ReadOnlyMemory<byte> narrowOffsets = Mp4Boxes.Child(SampleTable, "stco");
        bool wideOffsets = narrowOffsets.IsEmpty;
        ReadOnlySpan<byte> stco = wideOffsets ? Mp4Boxes.Child(SampleTable, "co64").Span : narrowOffsets.Span;
        if (stts.Length < 8 || stsz.Length < 12 || stsc.Length < 8 || stco.Length < 8) return result;

        // Bounds: the sample count is a 32-bit field, and stts can repeat a sample 4 billion times in 8 bytes. Only as
        // many samples are believed as the file can back: with sizes listed, stsz's 4 bytes each; with one fixed
        // size, that many bytes of the file each (one more, to find the first sample a truncated file lacks).
        long fixedSize = BinaryPrimitives.ReadUInt32BigEndian(stsz[4..]);
        long backed = fixedSize != 0 ? (fileLength / fixedSize) + 1 : (stsz.Length - 12) / 4;
        long wanted = Math.Min(Math.Min(BinaryPrimitives.ReadUInt32BigEndian(stsz[8..]), backed), limit);

        var times = new List<long>();
        long time = 0;
        long sttsCount = BinaryPrimitives.ReadUInt32BigEndian(stts[4..]);
        for (int i = 0; i < sttsCount && 16 + (i * 8) <= stts.Length && times.Count < wanted; i++)
        {
            long samples = BinaryPrimitives.ReadUInt32BigEndian(stts[(8 + (i * 8))..]);
            long delta = BinaryPrimitives.ReadUInt32BigEndian(stts[(12 + (i * 8))..]);
            for (long s = 0; s < samples && times.Count < wanted; s++, time += delta) times.Add(time);
        }

        long sampleCount = times.Count;
        long chunkCount = BinaryPrimitives.ReadUInt32BigEndian(stco[4..]);
        long stscCount = BinaryPrimitives.ReadUInt32BigEndian(stsc[4..]);
        int sample = 0;
        for (int chunk = 0; chunk < chunkCount && sample < sampleCount; chunk++)
        {
            int entryWidth = wideOffsets ? 8 : 4;
            if (8 + ((chunk + 1) * entryWidth) > stco.Length) break;
            long offset = wideOffsets
                ? (long)BinaryPrimitives.ReadUInt64BigEndian(stco[(8 + (chunk * 8))..])
                : BinaryPrimitives.ReadUInt32BigEndian(stco[(8 + (chunk * 4))..]);
            long perChunk = SamplesInChunk(stsc, stscCount, chunk + 1);
            for (long s = 0; s < perChunk && sample < sampleCount; s++, sample++)
            {
                long size = fixedSize != 0 ? fixedSize
                    : 12 + ((sample + 1) * 4) <= stsz.Length ? BinaryPrimitives.ReadUInt32BigEndian(stsz[(12 + (sample * 4))..]) : 0;
                result.Add((times[sample], offset, size));
                offset += size;
            }
        }

        return result;
    }

    private static long SamplesInChunk(ReadOnlySpan<byte> stsc, long entries, long chunkNumber)
    {
        long perChunk = 0;
        for (int i = 0; i < entries && 8 + ((i + 1) * 12) <= stsc.Length; i++)
        {
            long firstChunk = BinaryPrimitives.ReadUInt32BigEndian(stsc[(8 + (i * 12))..]);
            if (firstChunk > chunkNumber) break;
            perChunk = BinaryPrimitives.ReadUInt32BigEndian(stsc[(12 + (i * 12))..]);
        }

        return perChunk;
    }
}
