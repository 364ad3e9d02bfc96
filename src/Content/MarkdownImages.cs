using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sitecast.Diagnostics;
using Sitecast.Images;
using Sitecast.Templates;

namespace Sitecast.Content;

/// <summary>
/// Replaces each local image of a Markdown body with a responsive &lt;img&gt; (srcset, sizes, width, height, lazy):
/// an AST pass after parsing, so the one shared Markdig pipeline stays as it is.
/// </summary>
public static class MarkdownImages
{
    /// <summary>Returns the image files the new elements use.</summary>
    public static IReadOnlyList<ImageVariant> Rewrite(MarkdownDocument document, MarkdownContext context, ResponsiveImages images, SiteUrls urls)
    {
        var used = new List<ImageVariant>();
        foreach (LinkInline link in document.Descendants<LinkInline>().Where(l => l.IsImage).ToList())
        {
            string url = link.Url ?? "";
            SourceLocation location = context.At(link.Line, link.Column);
            string alt = PlainText.OfInline(link);
            if (alt.Length == 0)
                context.Diagnostics.Warning(location, $"the image '{url}' has no alt text",
                    "describe what the image shows between the brackets: ![A tram at the station](tram.jpg)");

            string? path = images.Resolve(url, context.AbsolutePath);
            if (path is null) continue;
            if (!images.IsAllowed(path))
            {
                context.Diagnostics.Error(location, $"the image '{url}' is outside the input/ folder",
                    "put images below input/, next to the post or in input/images/ (show notes: next to the episode in podcast/)");
                continue;
            }

            if (!File.Exists(path))
            {
                context.Diagnostics.Error(location, $"the image '{url}' does not exist",
                    "paths are relative to the Markdown file, or to input/ when they start with /");
                continue;
            }

            try
            {
                ProcessedImage processed = images.Process(path, location);
                link.ReplaceBy(new HtmlInline(ImageTag.Html(processed, alt, link.Title, urls)));
                used.AddRange(processed.Variants);
            }
            catch (ContentException e)
            {
                context.Diagnostics.Add(e.Diagnostic);
            }
        }

        return used;
    }
}
