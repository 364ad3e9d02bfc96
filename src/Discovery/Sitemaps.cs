using Sitecast.Engine;
using Sitecast.Feeds;
using Sitecast.Modules;
using Sitecast.Templates;

namespace Sitecast.Discovery;

/// <summary>
/// The sitemap (sitemaps.org 0.9) and robots.txt. The sitemap lists every HTML page the build writes, except
/// pages marked <see cref="NoIndexKey"/> (the 404 page), sorted by URL; lastmod comes from the content.
/// </summary>
public static class Sitemaps
{
    public const string Path = "sitemap.xml";
    public const string RobotsPath = "robots.txt";

    /// <summary>Metadata flag for a page search engines should not list (it gets a robots noindex meta tag too).</summary>
    public const string NoIndexKey = "noindex";

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    /// <param name="alternates">A page's translations by its root-relative URL, on a site in several languages.</param>
    public static IReadOnlyList<SitemapEntry> Entries(IEnumerable<Document> documents, SiteUrls urls,
        Func<string, IReadOnlyList<(string Hreflang, string Href)>>? alternates = null) => documents
        .Where(d => d.Destination is { } destination && destination.EndsWith(".html", StringComparison.Ordinal) && !d.Get<bool>(NoIndexKey))
        .Select(d => new SitemapEntry(urls.Absolute(UrlOf(d.Destination!)), LastModified.Of(d))
        {
            Alternates = alternates?.Invoke(UrlOf(d.Destination!)) ?? [],
        })
        .GroupBy(e => e.Url, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(e => e.Url, StringComparer.Ordinal)
        .ToList();

    /// <summary>The root-relative URL a page is served at: blog/x/index.html → /blog/x/.</summary>
    public static string UrlOf(string destination) =>
        destination == "index.html" ? "/"
        : destination.EndsWith("/index.html", StringComparison.Ordinal) ? "/" + destination[..^"index.html".Length]
        : "/" + destination;

    public static byte[] Write(IReadOnlyList<SitemapEntry> entries) => FeedXml.Write(w =>
    {
        w.WriteStartElement("urlset", Ns);
        if (entries.Any(e => e.Alternates.Count > 0)) w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        foreach (SitemapEntry entry in entries)
        {
            w.WriteStartElement("url");
            FeedXml.Element(w, "loc", entry.Url);
            if (entry.LastModified is { } date) FeedXml.Element(w, "lastmod", FeedDates.Rfc3339(date));
            foreach (var (hreflang, href) in entry.Alternates)
            {
                // Google's form for a page's language versions: one xhtml:link per version, the page's own included.
                w.WriteStartElement("xhtml", "link", XhtmlNs);
                FeedXml.Attribute(w, "rel", "alternate");
                FeedXml.Attribute(w, "hreflang", hreflang);
                FeedXml.Attribute(w, "href", href);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    public static string Robots(SiteUrls urls) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/" + Path)}\n";
}
