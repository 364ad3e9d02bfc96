using System.Buffers.Binary;

namespace Sitecast.Audio;

/// <summary>
/// The exact length of an Ogg Opus or Ogg Vorbis file from the granule position of its last page:
/// Opus counts 48 kHz samples and starts with a pre-skip the decoder drops; Vorbis counts samples at its own rate.
/// </summary>
internal static class OggDuration
{
    private const int PageHeaderLength = 27;

    public static (TimeSpan Duration, IReadOnlyList<string> Warnings) Measure(FileWindow window)
    {
        ReadOnlySpan<byte> first = window.Get(0, 512);
        if (first.Length < PageHeaderLength || !first[..4].SequenceEqual("OggS"u8))
        {
            throw new AudioFormatException("no Ogg page at the start: the file is not Ogg audio");
        }

        uint serial = BinaryPrimitives.ReadUInt32LittleEndian(first[14..]);
        int segments = first[26];
        int packetStart = PageHeaderLength + segments;
        if (first.Length < packetStart + 19) throw new AudioFormatException("the first Ogg page is cut off");
        ReadOnlySpan<byte> packet = first[packetStart..];

        long preSkip;
        long rate;
        if (packet[..8].SequenceEqual("OpusHead"u8))
        {
            preSkip = BinaryPrimitives.ReadUInt16LittleEndian(packet[10..]);
            rate = 48000; // Opus granule positions always count 48 kHz samples
        }
        else if (packet[..7].SequenceEqual("\u0001vorbis"u8))
        {
            preSkip = 0;
            rate = BinaryPrimitives.ReadUInt32LittleEndian(packet[12..]);
            if (rate == 0) throw new AudioFormatException("the Vorbis header gives a sample rate of 0");
        }
        else
        {
            throw new AudioFormatException("the Ogg stream is neither Opus nor Vorbis");
        }

        var warnings = new List<string>();
        long granule = LastGranule(window, serial, warnings);
        if (granule < 0) throw new AudioFormatException("no Ogg page with a granule position: the file holds no audio");
        return (AudioDuration.FromSeconds((granule - preSkip) / (double)rate, "the last Ogg page's granule position"), warnings);
    }

    /// <summary>The granule position of the last complete page of the stream, searching backwards from the end.</summary>
    private static long LastGranule(FileWindow window, uint serial, List<string> warnings)
    {
        long length = window.Length;
        bool sawIncomplete = false;
        for (long position = length - PageHeaderLength; position >= 0; position--)
        {
            ReadOnlySpan<byte> header = window.Get(position, PageHeaderLength);
            if (header.Length < PageHeaderLength || header[0] != (byte)'O' || !header[..4].SequenceEqual("OggS"u8) || header[4] != 0)
            {
                continue;
            }

            if (BinaryPrimitives.ReadUInt32LittleEndian(header[14..]) != serial) continue;
            long granule = BinaryPrimitives.ReadInt64LittleEndian(header[6..]);
            int segmentCount = header[26];
            ReadOnlySpan<byte> table = window.Get(position + PageHeaderLength, segmentCount);
            long pageEnd = position + PageHeaderLength + segmentCount;
            foreach (byte lacing in table) pageEnd += lacing;
            if (table.Length < segmentCount || pageEnd > length)
            {
                sawIncomplete = true;
                continue;
            }

            if (granule == -1) continue; // a page on which no packet ends
            if (sawIncomplete)
            {
                warnings.Add("the file is truncated: its last Ogg page is cut off; the duration counts the complete pages");
            }

            return granule;
        }

        return -1;
    }
}
