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

    public static IReadOnlyList<SitemapEntry> Entries(IEnumerable<Document> documents, SiteUrls urls) => documents
        .Where(d => d.Destination is { } destination && destination.EndsWith(".html", StringComparison.Ordinal) && !d.Get<bool>(NoIndexKey))
        .Select(d => new SitemapEntry(urls.Absolute(UrlOf(d.Destination!)), LastModified.Of(d)))
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
        foreach (SitemapEntry entry in entries)
        {
            w.WriteStartElement("url");
            FeedXml.Element(w, "loc", entry.Url);
            if (entry.LastModified is { } date) FeedXml.Element(w, "lastmod", FeedDates.Rfc3339(date));
            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    public static string Robots(SiteUrls urls) =>
        $"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("/" + Path)}\n";
}
