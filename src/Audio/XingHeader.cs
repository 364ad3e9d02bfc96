using System.Buffers.Binary;

namespace Sitecast.Audio;

/// <summary>
/// The encoder's summary in the first MPEG frame: a Xing/Info or VBRI header with the frame count, and LAME's
/// encoder delay and padding, which a gapless decoder removes.
/// </summary>
internal sealed record XingHeader(string Kind, long? Frames, long? Bytes, int EncoderDelay, int EncoderPadding, bool HasGaplessInfo)
{
    /// <summary>Reads the header from the bytes of the first frame, or null when the frame is plain audio.</summary>
    public static XingHeader? Read(ReadOnlySpan<byte> frame, MpegFrameHeader header)
    {
        if (header.Layer != 3) return null;
        int offset = 4 + header.SideInfoLength;
        if (frame.Length >= offset + 8 && (frame.Slice(offset, 4).SequenceEqual("Xing"u8) || frame.Slice(offset, 4).SequenceEqual("Info"u8)))
        {
            return ReadXing(frame, offset);
        }

        // VBRI (Fraunhofer) sits 32 bytes after the header, whatever the channel mode.
        if (frame.Length >= 36 + 18 && frame.Slice(36, 4).SequenceEqual("VBRI"u8))
        {
            return new XingHeader("VBRI", BinaryPrimitives.ReadUInt32BigEndian(frame[(36 + 14)..]),
                BinaryPrimitives.ReadUInt32BigEndian(frame[(36 + 10)..]), 0, 0, false);
        }

        return null;
    }

    private static XingHeader ReadXing(ReadOnlySpan<byte> frame, int offset)
    {
        string kind = frame[offset] == (byte)'X' ? "Xing" : "Info";
        uint flags = BinaryPrimitives.ReadUInt32BigEndian(frame[(offset + 4)..]);
        int position = offset + 8;
        long? frames = null;
        long? bytes = null;
        if ((flags & 1) != 0 && frame.Length >= position + 4)
        {
            frames = BinaryPrimitives.ReadUInt32BigEndian(frame[position..]);
            position += 4;
        }

        if ((flags & 2) != 0 && frame.Length >= position + 4)
        {
            bytes = BinaryPrimitives.ReadUInt32BigEndian(frame[position..]);
            position += 4;
        }

        if ((flags & 4) != 0) position += 100; // seek table
        if ((flags & 8) != 0) position += 4; // quality

        // The LAME extension: a 9-byte encoder name, then delay (12 bits) and padding (12 bits) at byte 21.
        if (frame.Length >= position + 24)
        {
            ReadOnlySpan<byte> lame = frame[position..];
            if (lame[..4].SequenceEqual("LAME"u8) || lame[..4].SequenceEqual("Lavf"u8) || lame[..4].SequenceEqual("Lavc"u8))
            {
                int delay = (lame[21] << 4) | (lame[22] >> 4);
                int padding = ((lame[22] & 0x0F) << 8) | lame[23];
                return new XingHeader(kind, frames, bytes, delay, padding, true);
            }
        }

        return new XingHeader(kind, frames, bytes, 0, 0, false);
    }
}
