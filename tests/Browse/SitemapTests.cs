using System.Xml.Linq;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browse;

public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string Files = BrowseSites.SiteYml(postsPerPage: 1) + """
        -- input/posts/2026-01-05-eins.md --
        ---
        title: Eins
        tags: [Straßenbäume]
        ---
        Text.
        -- input/posts/2025-12-24-zwei.md --
        ---
        title: Zwei
        tags: [Straßenbäume, Netze]
        ---
        Text.
        -- input/pages/impressum.md --
        ---
        title: Impressum
        ---
        Text.
        """;

    [Fact]
    public void The_sitemap_lists_exactly_the_html_pages_written_except_the_404_page()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        var written = site.OutputFiles()
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) && f != "404.html")
            .Select(f => "https://example.org/" + (f == "index.html" ? "" : f.EndsWith("/index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f))
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value).ToList();

        Assert.Equal(written, listed); // same pages, and sorted
        Assert.Contains("https://example.org/blog/page/2/", listed);
        Assert.Contains("https://example.org/tags/strassenbaeume/page/2/", listed);
        Assert.Contains("https://example.org/archive/2025/", listed);
        Assert.True(site.Exists("404.html"));
    }

    [Fact]
    public void Lastmod_comes_from_the_content_never_from_the_clock()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var lastmod = LastModified(site);

        Assert.Equal("2026-01-05T00:00:00+01:00", lastmod["https://example.org/blog/eins/"]);
        Assert.Equal("2025-12-24T00:00:00+01:00", lastmod["https://example.org/blog/zwei/"]);
        // A listing: the newest post it shows.
        Assert.Equal("2026-01-05T00:00:00+01:00", lastmod["https://example.org/"]);
        Assert.Equal("2026-01-05T00:00:00+01:00", lastmod["https://example.org/blog/"]);
        Assert.Equal("2025-12-24T00:00:00+01:00", lastmod["https://example.org/blog/page/2/"]);
        Assert.Equal("2025-12-24T00:00:00+01:00", lastmod["https://example.org/tags/netze/"]);
        Assert.Equal("2026-01-05T00:00:00+01:00", lastmod["https://example.org/tags/"]);
        Assert.Equal("2026-01-05T00:00:00+01:00", lastmod["https://example.org/archive/"]);
        // A page without a date has no lastmod rather than an invented one.
        Assert.Null(lastmod["https://example.org/impressum/"]);

        string first = site.Read("sitemap.xml");
        site.BuildOk(now: "2027-03-01T12:00");
        Assert.Equal(first, site.Read("sitemap.xml"));
    }

    [Fact]
    public void Robots_txt_points_at_the_sitemap()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        site.AssertFileContent("robots.txt", """
            User-agent: *
            Sitemap: https://example.org/sitemap.xml
            """);
    }

    private static Dictionary<string, string?> LastModified(TestSite site) =>
        XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(Ns + "url")
            .ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);
}
