using System.Buffers.Binary;
using System.Text;

namespace Sitecast.Audio;

/// <summary>
/// Walks the frame headers of one ID3v2 tag the way TagLib# will walk them, and refuses a frame whose stated size
/// runs past the end of its tag.
/// </summary>
/// <remarks>
/// TagLib# steps from frame to frame by the stated size plus the header as an unsigned 32-bit sum, and skips a
/// compressed or encrypted frame without reading it. An ID3v2.3 frame of 2^32 − 10 bytes makes that step zero, and
/// TagLib# then skipped the same frame for ever: the build hung (found by fuzz/run.sh chapters). No sound frame is
/// larger than its tag, so any such frame is an error here, before TagLib# sees the file. The walk follows TagLib#'s
/// own rules (whole-tag unsynchronisation before v2.4, the extended header's size, a zero byte starting the padding,
/// an identifier other than A–Z and 0–9 ending the frames), so it checks exactly the frames TagLib# will step over.
/// </remarks>
internal static class Id3v2Frames
{
    /// <param name="tag">The tag from its "ID3" header on; bytes beyond its stated size are ignored.</param>
    /// <param name="tagStart">Where the tag starts in the file, for the message.</param>
    public static void Check(ReadOnlySpan<byte> tag, long tagStart)
    {
        if (tag.Length < 10 || !tag.StartsWith("ID3"u8)) return;
        byte version = tag[3];
        if (version is < 2 or > 4) return; // TagLib# refuses these versions itself

        byte flags = tag[5];
        ReadOnlySpan<byte> body = tag[10..][..(int)Math.Min(tag.Length - 10, SynchSafe(tag[6..10]))];
        ReadOnlySpan<byte> frames = version < 4 && (flags & 0x80) != 0 ? Resynchronise(body) : body;

        int headerSize = version < 3 ? 6 : 10;
        long position = 0;
        long end = frames.Length - headerSize;
        if ((flags & 0x40) != 0 && frames.Length >= 4)
        {
            long extended = (version == 3 ? 4 : 0) + SynchSafe(frames[..4]);
            if (extended <= frames.Length)
            {
                // TagLib# moves both the start and the end by the extended header's size.
                position += extended;
                end -= extended;
            }
        }

        while (position < end)
        {
            ReadOnlySpan<byte> header = frames.Slice((int)position, headerSize);
            if (header[0] == 0) return; // the padding
            ReadOnlySpan<byte> id = header[..(version < 3 ? 3 : 4)];
            if (!IsFrameId(id)) return;

            long size = version switch
            {
                2 => (header[3] << 16) | (header[4] << 8) | header[5],
                3 => BinaryPrimitives.ReadUInt32BigEndian(header[4..]),
                _ => SynchSafe(header[4..8]),
            };
            long left = frames.Length - position - headerSize;
            if (size > left)
            {
                throw new AudioFormatException(
                    $"the ID3v2 tag at byte {tagStart} is damaged: its frame '{Encoding.ASCII.GetString(id)}' claims {size} bytes, but the tag has only {left} left");
            }

            position += headerSize + size;
        }
    }

    private static bool IsFrameId(ReadOnlySpan<byte> id)
    {
        foreach (byte b in id)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9'))) return false;
        }

        return true;
    }

    /// <summary>The four 7-bit bytes of a "synchsafe" integer; the top bit of each is ignored, as TagLib# does.</summary>
    private static long SynchSafe(ReadOnlySpan<byte> bytes) =>
        ((bytes[0] & 0x7F) << 21) | ((bytes[1] & 0x7F) << 14) | ((bytes[2] & 0x7F) << 7) | (bytes[3] & 0x7F);

    /// <summary>Undoes unsynchronisation: every 0xFF 0x00 pair becomes 0xFF.</summary>
    private static byte[] Resynchronise(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        int length = 0;
        for (int i = 0; i < bytes.Length; i++)
        {
            result[length++] = bytes[i];
            if (bytes[i] == 0xFF && i + 1 < bytes.Length && bytes[i + 1] == 0) i++;
        }

        return result[..length];
    }
}
