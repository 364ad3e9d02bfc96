namespace Sitecast.Audio;

/// <summary>
/// The exact length of an MPEG audio file. With a Xing/Info or VBRI header, its frame count (minus LAME's encoder
/// delay and padding, as a gapless decoder plays it); without one, the frames are counted. The stream is always
/// walked, so a file cut short is noticed and measured by what can still be decoded.
/// </summary>
internal static class MpegDuration
{
    /// <summary>What a decoder skips on top of LAME's encoder delay (the MP3 decoder's own delay).</summary>
    private const int DecoderDelay = 529;

    public static (TimeSpan Duration, IReadOnlyList<string> Warnings) Measure(FileWindow window)
    {
        var warnings = new List<string>();
        (long start, long end) = MpegTagBounds.Find(window);
        long first = FindFirstFrame(window, start, end, out MpegFrameHeader firstHeader);
        if (first < 0) throw new AudioFormatException("no MPEG audio frames found: the file is not an MP3");

        if (first > start)
        {
            warnings.Add($"{first - start} bytes before the first MPEG frame are not audio and were skipped");
        }

        XingHeader? xing = XingHeader.Read(window.Get(first, Math.Min(firstHeader.FrameLength, 2048)), firstHeader);
        long audioStart = xing is null ? first : first + firstHeader.FrameLength;
        FrameCount count = CountFrames(window, audioStart, end, firstHeader);

        if (count.SkippedBytes > 0)
        {
            warnings.Add($"{count.SkippedBytes} bytes between MPEG frames are not audio and were skipped");
        }

        long frames = count.Frames;
        bool truncated = count.CutOffMidFrame;
        if (xing?.Frames is long promised and > 0)
        {
            if (count.Frames < promised) truncated = true;
            else frames = promised; // trailing bytes after the promised frames are not part of the stream
        }

        if (truncated)
        {
            warnings.Add($"the file is truncated: it ends in the middle of an MPEG frame; the duration counts the {count.Frames} complete frames");
        }

        long samples = frames * firstHeader.SamplesPerFrame;
        if (xing is { HasGaplessInfo: true })
        {
            // A cut file has lost its end padding, so only the start delay is removed (as decoders do).
            samples -= xing.EncoderDelay + DecoderDelay;
            if (!truncated) samples -= Math.Max(xing.EncoderPadding - DecoderDelay, 0);
        }

        return (TimeSpan.FromSeconds(Math.Max(samples, 0) / (double)firstHeader.SampleRate), warnings);
    }

    /// <summary>
    /// The first position holding a valid header whose next frame also starts with a valid header of the same
    /// stream (or that ends the audio exactly), so a sync pattern in leftover tag data is not taken for audio.
    /// </summary>
    internal static long FindFirstFrame(FileWindow window, long from, long end, out MpegFrameHeader header)
    {
        for (long position = from; position + 4 <= end; position++)
        {
            if (IsConfirmedFrame(window, position, end, null, out header)) return position;
        }

        header = default;
        return -1;
    }

    internal static FrameCount CountFrames(FileWindow window, long position, long end, MpegFrameHeader stream)
    {
        long frames = 0;
        long skipped = 0;
        while (position + 4 <= end)
        {
            if (MpegFrameHeader.TryParse(window.Get(position, 4), out MpegFrameHeader header) && header.SameStreamAs(stream))
            {
                long next = position + header.FrameLength;
                if (next > end) return new FrameCount(frames, skipped, CutOffMidFrame: true);
                frames++;
                position = next;
                continue;
            }

            long resync = position + 1;
            while (resync + 4 <= end && !IsConfirmedFrame(window, resync, end, stream, out _)) resync++;
            if (resync + 4 > end) break; // trailing bytes that are no frame (an unknown tag): not audio
            skipped += resync - position;
            position = resync;
        }

        return new FrameCount(frames, skipped, CutOffMidFrame: false);
    }

    private static bool IsConfirmedFrame(FileWindow window, long position, long end, MpegFrameHeader? stream, out MpegFrameHeader header)
    {
        if (!MpegFrameHeader.TryParse(window.Get(position, 4), out header)) return false;
        if (stream is { } expected && !header.SameStreamAs(expected)) return false;
        long next = position + header.FrameLength;
        if (next == end) return true;
        return next + 4 <= end
            && MpegFrameHeader.TryParse(window.Get(next, 4), out MpegFrameHeader following)
            && following.SameStreamAs(header);
    }
}
