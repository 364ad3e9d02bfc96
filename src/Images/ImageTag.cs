using System.Globalization;
using Sitecast.Content;
using Sitecast.Templates;

namespace Sitecast.Images;

/// <summary>The &lt;img&gt; element for a processed image: srcset over every variant, sizes for the text column.</summary>
public static class ImageTag
{
    /// <summary>The text column is at most 42rem wide (theme --measure); below that the image fills the viewport.</summary>
    public const string Sizes = "(min-width: 44rem) 42rem, 100vw";

    public static string Html(ProcessedImage image, string alt, string? title, SiteUrls urls)
    {
        ImageVariant fallback = image.Fallback;
        string titleAttribute = string.IsNullOrEmpty(title) ? "" : $" title=\"{HtmlText.Escape(title)}\"";
        if (fallback.Width == 0)
        {
            // A vector image is copied as it is: one file, any size.
            return $"<img src=\"{HtmlText.Escape(urls.Relative("/" + fallback.Destination))}\"" +
                   $" alt=\"{HtmlText.Escape(alt)}\"{titleAttribute} loading=\"lazy\" decoding=\"async\">";
        }

        string srcset = string.Join(", ", image.Variants.Select(v =>
            urls.Relative("/" + v.Destination) + " " + v.Width.ToString(CultureInfo.InvariantCulture) + "w"));
        return $"<img src=\"{HtmlText.Escape(urls.Relative("/" + fallback.Destination))}\"" +
               $" srcset=\"{HtmlText.Escape(srcset)}\"" +
               $" sizes=\"{Sizes}\"" +
               $" width=\"{fallback.Width.ToString(CultureInfo.InvariantCulture)}\"" +
               $" height=\"{fallback.Height.ToString(CultureInfo.InvariantCulture)}\"" +
               $" alt=\"{HtmlText.Escape(alt)}\"{titleAttribute} loading=\"lazy\" decoding=\"async\">";
    }
}
