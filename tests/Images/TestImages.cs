using System.Buffers.Binary;
using System.IO.Compression;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;

namespace Sitecast.Tests.Images;

/// <summary>Real image files made in memory: a gradient JPEG or PNG, and a PNG whose header lies about its size.</summary>
public static class TestImages
{
    public static byte[] Jpeg(int width, int height) => Encode(width, height, png: false);

    public static byte[] Png(int width, int height) => Encode(width, height, png: true);

    private static byte[] Encode(int width, int height, bool png)
    {
        using var image = new Image<Rgb24>(width, height);
        for (int y = 0; y < height; y++)
        for (int x = 0; x < width; x++)
            image[x, y] = new Rgb24((byte)(x * 255 / width), (byte)(y * 255 / height), 120);
        using var stream = new MemoryStream();
        if (png) image.Save(stream, new PngEncoder());
        else image.Save(stream, new JpegEncoder { Quality = 90 });
        return stream.ToArray();
    }

    /// <summary>
    /// A valid PNG signature and IHDR chunk claiming width × height pixels, followed by a tiny IDAT and IEND:
    /// a decompression bomb's header, without the bomb.
    /// </summary>
    public static byte[] PngHeaderClaiming(int width, int height) => PngWith(width, height, zlibData: true);

    /// <summary>A valid PNG header whose image data is not zlib at all: a damaged file.</summary>
    public static byte[] PngWithBrokenData(int width, int height) => PngWith(width, height, zlibData: false);

    private static byte[] PngWith(int width, int height, bool zlibData)
    {
        using var stream = new MemoryStream();
        stream.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        WriteChunk(stream, "IHDR", header);
        using (var data = new MemoryStream())
        {
            if (zlibData)
            {
                using var zlib = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true);
                zlib.Write(new byte[16]);
            }
            else
            {
                data.Write(System.Text.Encoding.ASCII.GetBytes("this is not deflate data at all, just text"));
            }

            WriteChunk(stream, "IDAT", data.ToArray());
        }

        WriteChunk(stream, "IEND", []);
        return stream.ToArray();
    }

    private static void WriteChunk(Stream stream, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        stream.Write(number);
        byte[] typeAndData = [.. System.Text.Encoding.ASCII.GetBytes(type), .. data];
        stream.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        stream.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320 ^ (crc >> 1) : crc >> 1;
        }

        return ~crc;
    }
}
