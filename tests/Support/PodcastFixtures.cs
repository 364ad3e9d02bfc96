using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Sitecast.Tests.Support;

/// <summary>The committed audio fixtures (tests/fixtures/podcast/, made by make-fixtures.sh) and covers made on the fly.</summary>
public static class PodcastFixtures
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "fixtures", "podcast");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Audio(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>The podcast.yml most tests start from; the cover is podcast/cover.png.</summary>
    public const string PodcastYml = """
        title: Test & Co <Cast>
        description: Ein Podcast für Tests mit "Zeichen" & mehr.
        author: Anna & Ben
        owner:
          name: Anna Beispiel
          email: anna@example.org
        language: de
        category: Society & Culture
        subcategory: Documentary
        explicit: false
        image: cover.png
        copyright: Anna & Ben
        funding:
          - url: https://example.org/unterstuetzen
            text: Unterstützen & helfen
        persons:
          - name: Anna Beispiel
            role: host
            href: https://example.org/anna
        """;

    /// <summary>A site with podcast/podcast.yml, a square PNG cover and the given audio fixtures copied in.</summary>
    public static TestSite Site(string extraFiles = "", int coverEdge = 1400, params string[] audio)
    {
        var site = new TestSite("-- podcast/podcast.yml --\n" + PodcastYml + "\n" + extraFiles);
        site.WriteBytes("podcast/cover.png", Png(coverEdge, coverEdge));
        foreach (string name in audio) site.WriteBytes("podcast/" + name, Audio(name));
        return site;
    }

    /// <summary>A PNG of one colour; with <paramref name="transparent"/> its pixels are fully transparent.</summary>
    public static byte[] Png(int width, int height, bool transparent = false)
    {
        using var image = new Image<Rgba32>(width, height, new Rgba32(20, 90, 160, transparent ? (byte)0 : (byte)255));
        using var stream = new MemoryStream();
        image.SaveAsPng(stream);
        return stream.ToArray();
    }

    /// <summary>A PNG header that claims a huge picture: a few bytes that would need gigabytes once decoded.</summary>
    public static byte[] HugePngHeader(uint width, uint height)
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };
        byte[] header = [.. BigEndian(width), .. BigEndian(height), 8, 6, 0, 0, 0];
        bytes.AddRange(Chunk("IHDR", header));
        bytes.AddRange(Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]));
        bytes.AddRange(Chunk("IEND", []));
        return bytes.ToArray();
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        return [.. BigEndian((uint)data.Length), .. typeBytes, .. data, .. BigEndian(Crc32([.. typeBytes, .. data]))];
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] data)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in data)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }

        return ~crc;
    }
}
