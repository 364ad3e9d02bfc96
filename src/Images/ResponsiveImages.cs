using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats;
using SixLabors.ImageSharp.Formats.Gif;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.Formats.Webp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.Metadata.Profiles.Exif;
using SixLabors.ImageSharp.Processing;
using Sitecast.Build;
using Sitecast.Content;
using Sitecast.Diagnostics;

namespace Sitecast.Images;

/// <summary>
/// Resizes the images Markdown files refer to into a few widths, with names made from a hash of the source bytes
/// and the operation. Results are kept in the folder the build gives (see Incremental.BuildReuse.ImageFolder), so an
/// unchanged image is decoded and encoded once, ever. One instance per build; safe to call from parallel modules.
/// </summary>
public sealed class ResponsiveImages
{
    /// <summary>The widths we offer; wider than the source is never made (no upscaling).</summary>
    public static readonly IReadOnlyList<int> Widths = [480, 800, 1200, 1600];

    /// <summary>Larger images are refused before decoding: 40 megapixels need 160 MB as RGBA already.</summary>
    public const long MaxPixels = 40_000_000;

    public const int MaxSide = 20_000;
    public const long MaxFileBytes = 50 * 1024 * 1024;
    public const int Quality = 82;

    // Part of every hashed name: change it when the way variants are made changes, so old cache files are not reused.
    private const string OperationVersion = "1";

    private readonly string _contentRoot;
    private readonly string _podcastRoot;
    private readonly string _cacheRoot;
    // Made on first use: setting ImageSharp up compiles hundreds of its methods, which a build with every image
    // in the cache never needs.
    private readonly Lazy<Configuration> _configuration = new(() => ImageMemory.CreateConfiguration(limitMegabytes: 256));
    private readonly ConcurrentDictionary<string, Lazy<ProcessedImage>> _images = new(StringComparer.Ordinal);
    private int _encodeCount;

    /// <param name="cacheRoot">Where variants are made and kept.</param>
    public ResponsiveImages(string sourceRoot, string cacheRoot)
    {
        _contentRoot = Path.GetFullPath(Path.Combine(sourceRoot, "input"));
        _podcastRoot = Path.GetFullPath(Path.Combine(sourceRoot, "podcast"));
        _cacheRoot = cacheRoot;
    }

    /// <summary>How many variants this build had to encode (the rest came from the cache).</summary>
    public int EncodeCount => Volatile.Read(ref _encodeCount);

    /// <summary>
    /// The file a Markdown image URL names: "/x.jpg" is below input/, anything else is relative to the Markdown file.
    /// Null for URLs of other hosts and data: URLs, which stay as they are.
    /// </summary>
    public string? Resolve(string url, string markdownAbsolutePath)
    {
        if (Templates.SiteUrls.IsExternal(url) || url.Length == 0) return null;
        string path = url.Split('#', 2)[0].Split('?', 2)[0];
        try { path = Uri.UnescapeDataString(path); } catch (UriFormatException) { /* keep as written */ }
        return path.StartsWith('/')
            ? Path.GetFullPath(Path.Combine(_contentRoot, path.TrimStart('/')))
            : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(markdownAbsolutePath)!, path));
    }

    /// <summary>
    /// True when the file is inside input/ or podcast/ (after following links), the only places images are read
    /// from: podcast/ for images next to an episode's show notes.
    /// </summary>
    public bool IsAllowed(string absolutePath) =>
        SafePaths.StaysInside(absolutePath, _contentRoot) || SafePaths.StaysInside(absolutePath, _podcastRoot);

    /// <summary>Makes (or finds in the cache) every variant of an image. Throws <see cref="ContentException"/> at location.</summary>
    public ProcessedImage Process(string absolutePath, SourceLocation location) =>
        _images.GetOrAdd(absolutePath, path => new Lazy<ProcessedImage>(() => Make(path, location))).Value;

    private ProcessedImage Make(string path, SourceLocation location)
    {
        string name = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
            throw new ContentException(location, $"the image {name} is {length / (1024 * 1024)} MB, more than the {MaxFileBytes / (1024 * 1024)} MB allowed",
                "scale it down before adding it to the site");
        byte[] bytes = File.ReadAllBytes(path);
        string stem = Slug.From(Path.GetFileNameWithoutExtension(path)) is { Length: > 0 } s ? s : "image";

        if (Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase))
            return new ProcessedImage([Copy(bytes, stem)]);

        (int width, int height, IImageFormat format) = Identify(bytes, name, location);
        string extension = ExtensionFor(format);
        var plan = WidthsFor(width)
            .Select(w => Variant(bytes, stem, extension, w, Math.Max(1, (int)Math.Round(height * (double)w / width))))
            .ToList();

        if (plan.Any(v => !File.Exists(v.CachePath))) Encode(bytes, plan, extension, name, location);
        return new ProcessedImage(plan);
    }

    /// <summary>Reads only the header: size and format, checked before any pixel is decoded.</summary>
    private (int Width, int Height, IImageFormat Format) Identify(byte[] bytes, string name, SourceLocation location)
    {
        IImageInfo? info;
        IImageFormat? format;
        try
        {
            info = Image.Identify(_configuration.Value, bytes, out format);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ContentException(location, $"the image {name} cannot be read: {e.Message}", "save it again as JPEG, PNG or WebP");
        }

        if (info is null || format is null)
            throw new ContentException(location, $"{name} is not an image format we can read", "use JPEG, PNG, WebP or GIF");

        if ((long)info.Width * info.Height > MaxPixels || info.Width > MaxSide || info.Height > MaxSide)
            throw new ContentException(location,
                $"the image {name} claims {info.Width}×{info.Height} pixels, more than the {MaxPixels / 1_000_000} megapixels allowed",
                "scale it down before adding it to the site");

        // A camera's orientation tag turns the picture when it is decoded; width and height swap for 90° turns.
        ushort orientation = info.Metadata.ExifProfile?.GetValue(ExifTag.Orientation)?.Value ?? 1;
        return orientation >= 5 ? (info.Height, info.Width, format) : (info.Width, info.Height, format);
    }

    private void Encode(byte[] bytes, List<ImageVariant> plan, string extension, string name, SourceLocation location)
    {
        try
        {
            using Image image = Image.Load(_configuration.Value, bytes);
            image.Mutate(x => x.AutoOrient());
            // No camera data or times in the output: smaller files, nothing private, the same bytes every build.
            image.Metadata.ExifProfile = null;
            image.Metadata.IptcProfile = null;
            image.Metadata.XmpProfile = null;

            Directory.CreateDirectory(_cacheRoot);
            foreach (ImageVariant variant in plan.Where(v => !File.Exists(v.CachePath)))
            {
                using Image resized = image.Clone(x => x.Resize(variant.Width, variant.Height));
                string temporary = $"{variant.CachePath}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
                using (FileStream stream = File.Create(temporary))
                    resized.Save(stream, EncoderFor(extension));
                File.Move(temporary, variant.CachePath, overwrite: true);
                Interlocked.Increment(ref _encodeCount);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever a damaged file makes the decoder or encoder throw, it is reported at the Markdown line.
            throw new ContentException(location, $"the image {name} cannot be processed: {e.Message}", "save it again as JPEG, PNG or WebP");
        }
    }

    private ImageVariant Copy(byte[] bytes, string stem)
    {
        string file = $"{stem}-{Hash(bytes, "copy;v" + OperationVersion)}.svg";
        string cachePath = Path.Combine(_cacheRoot, file);
        if (!File.Exists(cachePath))
        {
            Directory.CreateDirectory(_cacheRoot);
            File.WriteAllBytes(cachePath, bytes);
        }

        return new ImageVariant("images/" + file, cachePath, 0, 0);
    }

    private ImageVariant Variant(byte[] bytes, string stem, string extension, int width, int height)
    {
        string operation = $"resize;v{OperationVersion};w={width};h={height};q={Quality};{extension}";
        string file = $"{stem}-{width}-{Hash(bytes, operation)}.{extension}";
        return new ImageVariant("images/" + file, Path.Combine(_cacheRoot, file), width, height);
    }

    /// <summary>The standard widths below the source width, and the source width itself up to the largest standard one.</summary>
    public static IReadOnlyList<int> WidthsFor(int sourceWidth)
    {
        var widths = Widths.Where(w => w < sourceWidth).ToList();
        widths.Add(Math.Min(sourceWidth, Widths[^1]));
        return widths.Distinct().Order().ToList();
    }

    private static string Hash(byte[] bytes, string operation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        hash.AppendData(Encoding.UTF8.GetBytes(operation));
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static string ExtensionFor(IImageFormat format) => format.Name.ToUpperInvariant() switch
    {
        "JPEG" => "jpg",
        "GIF" => "gif",
        "WEBP" => "webp",
        _ => "png",
    };

    private static IImageEncoder EncoderFor(string extension) => extension switch
    {
        "jpg" => new JpegEncoder { Quality = Quality },
        "gif" => new GifEncoder(),
        "webp" => new WebpEncoder { Quality = Quality },
        _ => new PngEncoder(),
    };
}
