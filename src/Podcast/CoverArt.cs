using System.Security.Cryptography;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Sitecast.Podcast;

/// <summary>
/// Turns a cover (the channel's or one embedded in an episode) into square RGB JPEGs of 3000, 1400, 600 and 300 px,
/// never larger than the original, named by a hash of the original's bytes so a new cover gets a new URL.
/// The header is read first and a huge picture refused before any pixel is decoded; the decoder's memory is capped.
/// </summary>
public static class CoverArt
{
    public const int MinimumEdge = 1400;
    public const int MaximumFeedEdge = 3000;
    public static readonly int[] PageEdges = [600, 300];

    /// <summary>More pixels than this is not a cover but an attack on memory (a small file can claim 100 000² px).</summary>
    public const long MaximumPixels = 40_000_000;

    // Made on first use: setting ImageSharp up compiles hundreds of its methods, which a build with its covers in
    // the cache never needs.
    private static readonly Lazy<Configuration> LimitedConfiguration = new(() => Images.ImageMemory.CreateConfiguration(limitMegabytes: 400));

    private static Configuration Limited => LimitedConfiguration.Value;

    /// <summary>What a cover file is, before decoding: its size, or why it cannot be used.</summary>
    public static (int Width, int Height)? Identify(byte[] bytes, out string? problem)
    {
        problem = null;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            IImageInfo? info = Image.Identify(Limited, stream);
            if (info is null)
            {
                problem = "it is not an image format we can read (use JPEG or PNG)";
                return null;
            }

            if ((long)info.Width * info.Height > MaximumPixels || info.Width > 20_000 || info.Height > 20_000)
            {
                problem = $"it claims {info.Width} x {info.Height} px, far more than a cover needs; it is not decoded";
                return null;
            }

            return (info.Width, info.Height);
        }
        catch (Exception e) when (e is ImageFormatException or InvalidImageContentException or UnknownImageFormatException or NotSupportedException)
        {
            problem = $"it is not a readable image ({e.Message})";
            return null;
        }
    }

    /// <summary>
    /// <see cref="Identify(byte[], out string?)"/>, with the size of a usable cover kept for the next build by a hash
    /// of its bytes: reading a header is quick, but setting ImageSharp up for it compiled hundreds of methods in every
    /// build, also in those that found all their resized covers kept.
    /// </summary>
    public static (int Width, int Height)? Identify(byte[] bytes, Incremental.BuildReuse reuse, out string? problem)
    {
        if (!reuse.CoverSizes.Keeps) return Identify(bytes, out problem);
        problem = null;
        string identity = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (reuse.CoverSizes.TryGet(identity, out PixelSize known)) return (known.Width, known.Height);
        // Only a usable cover's size is kept: an unusable one is identified again, to say why.
        if (Identify(bytes, out problem) is not { } size) return null;
        reuse.CoverSizes.Keep(identity, new PixelSize(size.Width, size.Height));
        return size;
    }

    /// <summary>Bump when the resizing or encoding below changes, so cached covers of the old code are not used.</summary>
    private const string EncodingVersion = "cover-1-lanczos3-q88-420";

    /// <summary>
    /// The resized JPEGs as (site-relative URL → bytes), and the cover's URLs by size. Covers made
    /// by an earlier build from the same bytes are reused: decoding and resizing a 3000 px cover costs a second.
    /// </summary>
    public static (CoverImage Cover, IReadOnlyList<(string Url, byte[] Jpeg)> Files) Resize(byte[] bytes, int edge,
        Incremental.BuildReuse reuse)
    {
        string fullHash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        string hash = fullHash[..16];
        var edges = new SortedSet<int> { Math.Min(edge, MaximumFeedEdge), MinimumEdge };
        foreach (int small in PageEdges) edges.Add(small);
        edges.RemoveWhere(e => e > edge);

        string IdentityOf(int size) => $"{EncodingVersion}/{fullHash}/{size.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var kept = edges.Reverse().Select(size => (Size: size, Jpeg: reuse.ResizedCovers.Find(IdentityOf(size)))).ToList();
        if (kept.All(c => c.Jpeg is not null))
        {
            var found = kept.Select(c => ($"/podcast/images/{hash}-{c.Size}.jpg", c.Jpeg!)).ToList();
            return (new CoverImage(new SortedDictionary<int, string>(kept.ToDictionary(c => c.Size, c => $"/podcast/images/{hash}-{c.Size}.jpg"))), found);
        }

        var files = new List<(string, byte[])>();
        var urls = new SortedDictionary<int, string>();
        // Each size is made from the next larger one: far less work than from the original every time, and the
        // steps are at most about halvings, which Lanczos handles without visible loss.
        Image<Rgba32> source = Image.Load<Rgba32>(Limited, bytes);
        foreach (int size in edges.Reverse())
        {
            Image<Rgba32> resized = size == source.Width ? source : source.Clone(c => c.Resize(size, size, KnownResamplers.Lanczos3));
            if (!ReferenceEquals(resized, source)) source.Dispose();
            source = resized;
            using Image<Rgb24> opaque = OnWhite(resized);
            using var output = new MemoryStream();
            opaque.SaveAsJpeg(output, new JpegEncoder { Quality = 88, ColorType = JpegColorType.YCbCrRatio420 });
            string url = $"/podcast/images/{hash}-{size}.jpg";
            byte[] jpeg = output.ToArray();
            files.Add((url, jpeg));
            urls[size] = url;
            reuse.ResizedCovers.Keep(IdentityOf(size), jpeg);
        }

        source.Dispose();
        return (new CoverImage(urls), files);
    }

    /// <summary>Apple wants no alpha channel: transparent parts become white, not black.</summary>
    private static Image<Rgb24> OnWhite(Image<Rgba32> image)
    {
        var opaque = new Image<Rgb24>(Limited, image.Width, image.Height);
        image.ProcessPixelRows(opaque, (source, target) =>
        {
            for (int y = 0; y < source.Height; y++)
            {
                Span<Rgba32> from = source.GetRowSpan(y);
                Span<Rgb24> to = target.GetRowSpan(y);
                for (int x = 0; x < from.Length; x++)
                {
                    Rgba32 p = from[x];
                    int a = p.A;
                    to[x] = new Rgb24(
                        (byte)((p.R * a + 255 * (255 - a) + 127) / 255),
                        (byte)((p.G * a + 255 * (255 - a) + 127) / 255),
                        (byte)((p.B * a + 255 * (255 - a) + 127) / 255));
                }
            }
        });
        return opaque;
    }
}

/// <summary>An image's width and height in pixels.</summary>
public sealed record PixelSize(int Width, int Height);
