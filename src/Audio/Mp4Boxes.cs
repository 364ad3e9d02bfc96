using System.Buffers.Binary;
using System.Text;

namespace Sitecast.Audio;

/// <summary>Walks ISO/MP4 boxes held in memory; every size is checked against its parent, so a bogus size ends the walk.</summary>
internal static class Mp4Boxes
{
    public static IEnumerable<(string Type, ReadOnlyMemory<byte> Body)> Children(ReadOnlyMemory<byte> data)
    {
        int position = 0;
        while (position + 8 <= data.Length)
        {
            ReadOnlySpan<byte> span = data.Span[position..];
            long size = BinaryPrimitives.ReadUInt32BigEndian(span);
            string type = Encoding.Latin1.GetString(span.Slice(4, 4));
            int headerLength = 8;
            if (size == 1)
            {
                if (span.Length < 16) yield break;
                size = (long)BinaryPrimitives.ReadUInt64BigEndian(span[8..]);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = span.Length; // the box runs to the end of its parent
            }

            if (size < headerLength || size > span.Length) yield break;
            yield return (type, data.Slice(position + headerLength, (int)size - headerLength));
            position += (int)size;
        }
    }

    /// <summary>Boxes that hold other boxes.</summary>
    private static readonly HashSet<string> Containers = ["moov", "trak", "mdia", "minf", "stbl", "udta", "edts", "tref", "ilst", "meta", "dinf"];

    /// <summary>
    /// Checks that every box inside <paramref name="data"/> fits in its parent, down through the containers, before
    /// TagLib# reads the same boxes: a size beyond its parent would otherwise ask for that much memory.
    /// </summary>
    public static void Validate(ReadOnlyMemory<byte> data, string path, int depth = 0)
    {
        if (depth > 16) throw new AudioFormatException($"the MP4 boxes in '{path}' are nested too deeply");
        int position = 0;
        while (position + 8 <= data.Length)
        {
            ReadOnlySpan<byte> span = data.Span[position..];
            long size = BinaryPrimitives.ReadUInt32BigEndian(span);
            string type = Encoding.Latin1.GetString(span.Slice(4, 4));
            int headerLength = 8;
            if (size == 1)
            {
                size = span.Length >= 16 ? (long)BinaryPrimitives.ReadUInt64BigEndian(span[8..]) : -1;
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = span.Length;
            }

            if (size < headerLength || size > span.Length)
            {
                throw new AudioFormatException($"the MP4 box '{type}' in '{path}' claims {size} bytes, but only {span.Length} remain in it");
            }

            if (Containers.Contains(type))
            {
                // ISO "meta" is a full box (4 bytes of version and flags before its children); QuickTime's is not.
                int skip = type == "meta" && !(span.Length >= headerLength + 8 && span.Slice(headerLength + 4, 4).SequenceEqual("hdlr"u8)) ? 4 : 0;
                if (size - headerLength >= skip) Validate(data.Slice(position + headerLength + skip, (int)size - headerLength - skip), path + "/" + type, depth + 1);
            }

            position += (int)size;
        }
    }

    /// <summary>The body of the first child box of that type, or empty when there is none.</summary>
    public static ReadOnlyMemory<byte> Child(ReadOnlyMemory<byte> data, string type)
    {
        foreach ((string childType, ReadOnlyMemory<byte> body) in Children(data))
        {
            if (childType == type) return body;
        }

        return ReadOnlyMemory<byte>.Empty;
    }

    /// <summary>Follows a path of box types, e.g. "mdia", "minf", "stbl".</summary>
    public static ReadOnlyMemory<byte> Path(ReadOnlyMemory<byte> data, params string[] types)
    {
        ReadOnlyMemory<byte> current = data;
        foreach (string type in types)
        {
            if (current.IsEmpty) break;
            current = Child(current, type);
        }

        return current;
    }

    /// <summary>Reads the (time scale, duration) pair of an mvhd or mdhd box, whose layout depends on its version.</summary>
    public static (long TimeScale, long Duration) TimeScaleAndDuration(ReadOnlySpan<byte> body)
    {
        if (body.Length >= 32 && body[0] == 1)
        {
            return (BinaryPrimitives.ReadUInt32BigEndian(body[20..]), (long)BinaryPrimitives.ReadUInt64BigEndian(body[24..]));
        }

        if (body.Length >= 20)
        {
            return (BinaryPrimitives.ReadUInt32BigEndian(body[12..]), BinaryPrimitives.ReadUInt32BigEndian(body[16..]));
        }

        return (0, 0);
    }
}
