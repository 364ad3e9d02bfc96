using Sitecast.Diagnostics;
using Sitecast.Templates;

namespace Sitecast.Images;

/// <summary>
/// A post's <c>image:</c> (for sharing previews) resized like the images in its text. The URL returned is the
/// widest variant up to <see cref="PreviewWidth"/> pixels, root-relative; an image of another host stays as written.
/// </summary>
public static class FrontMatterImage
{
    /// <summary>Open Graph and Twitter cards show images about 1200 px wide.</summary>
    public const int PreviewWidth = 1200;

    /// <summary>
    /// The preview URL (null when there is no image, or it is broken: then an error was reported at
    /// <paramref name="location"/>) and the files to publish with the post.
    /// </summary>
    public static (string? Url, IReadOnlyList<ImageVariant> Files) Process(string? image, string markdownAbsolutePath,
        SourceLocation location, ResponsiveImages? images, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(image)) return (null, []);
        image = image.Trim();
        if (images is null || SiteUrls.IsExternal(image)) return (image, []);

        string? path = images.Resolve(image, markdownAbsolutePath);
        if (path is null) return (image, []);
        if (!images.IsAllowed(path) || !File.Exists(path))
        {
            diagnostics.Error(location, $"the image '{image}' does not exist below input/",
                "paths are relative to the Markdown file, or to input/ when they start with /");
            return (null, []);
        }

        try
        {
            ProcessedImage processed = images.Process(path, location);
            ImageVariant preview = processed.Variants.LastOrDefault(v => v.Width <= PreviewWidth) ?? processed.Variants[0];
            return ("/" + preview.Destination, processed.Variants);
        }
        catch (ContentException e)
        {
            diagnostics.Add(e.Diagnostic);
            return (null, []);
        }
    }
}
