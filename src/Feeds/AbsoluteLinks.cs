using System.Buffers;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sitecast.Templates;

namespace Sitecast.Feeds;

/// <summary>
/// Rewrites the links and media URLs inside a piece of HTML so they work anywhere (a feed reader has no page
/// to resolve them against). Parses the HTML with a real parser, so quoting and odd markup do not matter.
/// Rendered HTML already carries the base path ("/sub/blog/"), so its root-relative URLs are taken as server
/// paths; <see cref="Resolve"/> is for site-relative values such as front matter ("/images/x.jpg").
/// </summary>
public sealed class AbsoluteLinks(SiteUrls urls)
{
    private static readonly string[] UrlAttributes = ["href", "src", "poster", "cite", "data"];
    private static readonly SearchValues<string> AnyUrlAttribute = SearchValues.Create(UrlAttributes, StringComparison.OrdinalIgnoreCase);
    // Made when first needed: show notes without links never need one.
    private HtmlParser? _parser;

    /// <param name="html">The HTML fragment.</param>
    /// <param name="pageUrl">The root-relative URL of the page the fragment belongs to, e.g. /blog/post/.</param>
    public string Rewrite(string html, string pageUrl)
    {
        // Without any of the attribute names (srcset holds "src") there is nothing to rewrite, and nothing to parse.
        if (!html.AsSpan().ContainsAny(AnyUrlAttribute)) return html;
        var page = new Uri(urls.Absolute(pageUrl), UriKind.Absolute);
        IElement body = (_parser ??= new HtmlParser()).ParseDocument("<!DOCTYPE html><html><head></head><body>" + html + "</body></html>").Body!;
        bool changed = false;
        void Set(IElement element, string name, string value, string resolved)
        {
            if (resolved == value) return;
            element.SetAttribute(name, resolved);
            changed = true;
        }

        foreach (IElement element in body.QuerySelectorAll("*"))
        {
            foreach (string name in UrlAttributes)
            {
                if (element.GetAttribute(name) is { } value) Set(element, name, value, ResolveServerPath(value, page));
            }

            if (element.GetAttribute("srcset") is { } srcset) Set(element, "srcset", srcset, ResolveSrcset(srcset, page));
        }

        // Serialising the parsed tree escapes more than needed (> in attributes); HTML without relative URLs stays as written.
        return changed ? body.InnerHtml : html;
    }

    /// <summary>One URL made absolute: external ones stay; /x is site-relative (under the base path); the rest is relative to the page.</summary>
    public string Resolve(string url, Uri page)
    {
        string trimmed = url.Trim();
        if (trimmed.Length == 0 || SiteUrls.IsExternal(trimmed) || trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return url;
        if (trimmed.StartsWith('/')) return urls.Absolute(trimmed);
        return Uri.TryCreate(page, trimmed, out Uri? resolved) ? resolved.AbsoluteUri : url;
    }

    /// <summary>A URL of rendered HTML made absolute: /x is a path on the server, the base path already in it.</summary>
    private string ResolveServerPath(string url, Uri page)
    {
        string trimmed = url.Trim();
        if (trimmed.StartsWith('/') && !trimmed.StartsWith("//", StringComparison.Ordinal)) return urls.Origin + trimmed;
        return Resolve(url, page);
    }

    private string ResolveSrcset(string srcset, Uri page) => string.Join(", ", srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate =>
        {
            int space = candidate.IndexOfAny([' ', '\t', '\n']);
            return space < 0 ? ResolveServerPath(candidate, page) : ResolveServerPath(candidate[..space], page) + candidate[space..];
        }));
}
