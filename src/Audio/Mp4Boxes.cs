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
