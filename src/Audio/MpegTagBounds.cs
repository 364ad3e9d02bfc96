using System.Buffers.Binary;

namespace Sitecast.Audio;

/// <summary>
/// Finds where the MPEG audio stream lies between the tags: ID3v2 at the start (several may follow each other;
/// a footer adds 10 bytes), and APEv2, ID3v1 and an appended ID3v2 at the end.
/// </summary>
/// <remarks>
/// TagLib# later reads the same tags and allocates each one's stated size before it reads a byte, so every tag it
/// would take for one is measured here first, the way TagLib# sees it ("ID3" starts a tag whatever the bytes after
/// it, the footer flag adds 10 bytes in every version): a size beyond the file is an error, never an allocation.
/// The frames inside each tag are then walked as TagLib# will walk them (<see cref="Id3v2Frames"/>).
/// </remarks>
internal static class MpegTagBounds
{
    public static (long Start, long End) Find(FileWindow window)
    {
        long length = window.Length;
        long start = 0;
        while (window.Get(start, 3).SequenceEqual("ID3"u8))
        {
            if (!TryId3v2Size(window.Get(start, 10), out long size, out bool footer))
            {
                throw new AudioFormatException($"the ID3v2 tag header at byte {start} is damaged (its version or size bytes are invalid)");
            }

            long total = 10 + size + (footer ? 10 : 0);
            if (start + total > length)
            {
                throw new AudioFormatException($"the ID3v2 tag claims {start + total} bytes, but the file has only {length}");
            }

            Id3v2Frames.Check(window.ReadExactly(start, (int)total), start);
            start += total;
        }

        long end = length;
        for (bool changed = true; changed && end > start;)
        {
            changed = false;
            if (end - start >= 128 && window.Get(end - 128, 3).SequenceEqual("TAG"u8))
            {
                end -= 128;
                changed = true;
            }

            ReadOnlySpan<byte> apeFooter = window.Get(end - 32, 32);
            if (end - start >= 32 && apeFooter.Length == 32 && apeFooter[..8].SequenceEqual("APETAGEX"u8))
            {
                long size = BinaryPrimitives.ReadUInt32LittleEndian(apeFooter[12..]);
                bool hasHeader = (BinaryPrimitives.ReadUInt32LittleEndian(apeFooter[20..]) & 0x80000000) != 0;
                long total = size + (hasHeader ? 32 : 0);
                if (total < 32 || total > end - start)
                {
                    throw new AudioFormatException($"the APE tag at the end claims {total} bytes, but the file has only {end - start} around it");
                }

                end -= total;
                changed = true;
            }

            ReadOnlySpan<byte> id3Footer = window.Get(end - 10, 10);
            if (end - start >= 10 && id3Footer.Length == 10 && id3Footer[..3].SequenceEqual("3DI"u8)
                && TryId3v2Size(id3Footer, out long appended, out _, "3DI"u8))
            {
                if (appended + 20 > end - start)
                {
                    throw new AudioFormatException($"the ID3v2 tag appended at the end claims {appended + 20} bytes, but the file has only {end - start} around it");
                }

                end -= appended + 20;
                Id3v2Frames.Check(window.ReadExactly(end, (int)appended + 10), end);
                changed = true;
            }
        }

        return (start, end);
    }

    private static bool TryId3v2Size(ReadOnlySpan<byte> header, out long size, out bool footer) =>
        TryId3v2Size(header, out size, out footer, "ID3"u8);

    private static bool TryId3v2Size(ReadOnlySpan<byte> header, out long size, out bool footer, ReadOnlySpan<byte> magic)
    {
        size = 0;
        footer = false;
        if (header.Length < 10 || !header[..3].SequenceEqual(magic) || header[3] == 0xFF || header[4] == 0xFF) return false;
        for (int i = 6; i < 10; i++)
        {
            if (header[i] >= 0x80) return false;
            size = (size << 7) | header[i];
        }

        footer = (header[5] & 0x10) != 0; // defined in ID3v2.4 only, but TagLib# honours it in every version
        return true;
    }
}
