using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sitecast.Diagnostics;
using Sitecast.Links;
using Sitecast.Templates;

namespace Sitecast.Content;

/// <summary>
/// Remembers the line of every link and image a Markdown body contains (also in raw HTML), so the link checker
/// can name the Markdown line, not the generated page, when one of them turns out broken.
/// </summary>
public static class MarkdownLinks
{
    public static Dictionary<string, SourceLocation> Collect(MarkdownDocument document, MarkdownContext context)
    {
        var links = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (MarkdownObject node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Url: { } url } link:
                    links.TryAdd(LinkKey.Of(url), context.At(link.Line, link.Column));
                    break;
                case AutolinkInline autolink:
                    links.TryAdd(LinkKey.Of(autolink.Url), context.At(autolink.Line, autolink.Column));
                    break;
                case HtmlInline html:
                    AddFromHtml(html.Tag, html.Line, html.Column, context, links);
                    break;
                case HtmlBlock block:
                    AddFromHtml(block.Lines.ToString(), block.Line, 0, context, links);
                    break;
            }
        }

        return links;
    }

    /// <summary>
    /// Puts the site's base path in front of root-relative link URLs ("/blog/" → "/sub/blog/" for a site at
    /// https://example.org/sub/), so Markdown links work wherever the site is served. The links map learns both spellings.
    /// </summary>
    public static void Rebase(MarkdownDocument document, SiteUrls urls, Dictionary<string, SourceLocation> links)
    {
        if (urls.BasePath == "/") return;
        foreach (LinkInline link in document.Descendants<LinkInline>())
        {
            if (link.Url is not { } url || !url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal)) continue;
            link.Url = urls.Relative(url);
            if (links.TryGetValue(LinkKey.Of(url), out SourceLocation location)) links.TryAdd(LinkKey.Of(link.Url), location);
        }
    }

    private static void AddFromHtml(string html, int line, int column, MarkdownContext context, Dictionary<string, SourceLocation> links)
    {
        var found = new List<HtmlAttribute>();
        byte[] utf8 = Encoding.UTF8.GetBytes(html);
        HtmlScanner.Scan(utf8, found);
        foreach (HtmlAttribute attribute in found)
        {
            if (attribute.Name is HtmlScanner.Id or HtmlScanner.Name) continue;
            int lineOffset = utf8.AsSpan(0, attribute.Offset).Count((byte)'\n');
            var location = lineOffset == 0 ? context.At(line, column) : context.At(line + lineOffset, 0);
            foreach (string url in LinkUrls.Of(attribute)) links.TryAdd(LinkKey.Of(url), location);
        }
    }
}
