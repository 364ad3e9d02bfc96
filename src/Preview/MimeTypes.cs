namespace Sitecast.Preview;

/// <summary>Content types by file extension, for what a site of ours holds. Text types say UTF-8, as we write it.</summary>
public static class MimeTypes
{
    public const string Fallback = "application/octet-stream";

    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        // Feeds too: application/xml lets a browser show the feed; podcast apps do not look at the preview.
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".vtt"] = "text/vtt; charset=utf-8",
        [".srt"] = "application/x-subrip",
        [".mp3"] = "audio/mpeg",
        [".m4a"] = "audio/mp4",
        [".mp4"] = "video/mp4",
        [".opus"] = "audio/ogg",
        [".ogg"] = "audio/ogg",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".avif"] = "image/avif",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".woff"] = "font/woff",
        [".pdf"] = "application/pdf",
        [".webmanifest"] = "application/manifest+json",
    };

    public static string For(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out string? type) ? type : Fallback;

    public static bool IsHtml(string path) => For(path).StartsWith("text/html", StringComparison.Ordinal);
}
