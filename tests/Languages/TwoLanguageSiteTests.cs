using System.Text.RegularExpressions;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Languages;

/// <summary>A site in German and English: where each language's pages go, and how they link to each other.</summary>
public sealed partial class TwoLanguageSiteTests
{
    [Fact]
    public void Each_language_has_its_own_pages_listings_feeds_and_search()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.BuildOk();
        string[] expected =
        [
            "index.html", "blog/sensoren/index.html", "blog/zwilling/index.html", "impressum/index.html", "suche/index.html",
            "feed.xml", "atom.xml", "feed.json", "search-index.json", "tags/klima/index.html", "archive/2026/index.html",
            "en/index.html", "en/blog/index.html", "en/blog/sensors/index.html", "en/blog/open-data/index.html",
            "en/legal-notice/index.html", "en/search/index.html", "en/feed.xml", "en/atom.xml", "en/feed.json",
            "en/search-index.json", "en/tags/climate/index.html", "en/tags/index.html", "en/archive/2026/index.html",
            "assets/css/site.css", "sitemap.xml", "404.html",
        ];
        foreach (string path in expected) Assert.True(site.Exists(path), $"{path} is missing");
        // Assets are shared, never copied per language; a post in one language only is not in the other.
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("en/assets/", StringComparison.Ordinal) || f == "en/404.html");
        Assert.False(site.Exists("en/blog/zwilling/index.html"));
        Assert.False(site.Exists("blog/open-data/index.html"));
        Assert.False(site.Exists("en/tags/klima/index.html"));

        site.AssertFileContent("en/blog/index.html", """
            Sensors in the park
            Open data for everyone
            ! Sensoren im Park
            ! Der digitale Zwilling
            """);
        site.AssertFileContent("blog/index.html", """
            Sensoren im Park
            Der digitale Zwilling
            ! Sensors in the park
            ! Open data
            """);
        // English words stemmed by the English rules ("cities" → city), not the German ones (citi).
        site.AssertFileContent("en/search-index.json", """
            Sensors in the park
            "city":
            ! "citi":
            ! Sensoren im Park
            """);
        site.AssertFileContent("en/search/index.html", """
            data-stemming="en"
            data-search-index="/en/search-index.json"
            """);
        Assert.DoesNotContain("data-stemming", site.Read("suche/index.html"));
        site.AssertFileContent("search-index.json", """
            Sensoren im Park
            ! Sensors in the park
            """);
    }

    [Fact]
    public void Every_page_has_the_html_lang_of_its_language_and_its_own_title_and_menu()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.BuildOk();
        var pages = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 20);
        foreach (string page in pages)
        {
            string lang = page.StartsWith("en/", StringComparison.Ordinal) ? "en" : "de";
            Assert.Contains($"<html lang=\"{lang}\">", site.Read(page));
        }

        site.AssertFileContent("en/blog/sensors/index.html", """
            <a class="site-title" href="/en/">City Lab</a>
            <a href="/en/search/">Search</a>
            <a href="/en/legal-notice/">Legal notice</a>
            <a href="/en/tags/climate/" rel="tag">Climate</a>
            ! /suche/
            """);
        site.AssertFileContent("blog/sensoren/index.html", """
            <a class="site-title" href="/">Stadtlabor</a>
            <a href="/suche/">Suche</a>
            <a href="/impressum/">Impressum</a>
            """);
    }

    [Fact]
    public void Hreflang_links_are_symmetric_on_every_page()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.BuildOk();
        var byPage = site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => "https://example.org/" + (f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f),
                f => Alternates(site.Read(f)));

        // The pairs the fixture has: a post, a page, the homes, the blogs, the searches, the tag overviews.
        Assert.Equal(["de", "en", "x-default"], byPage["https://example.org/blog/sensoren/"].Keys);
        Assert.Equal("https://example.org/en/blog/sensors/", byPage["https://example.org/blog/sensoren/"]["en"]);
        Assert.Equal("https://example.org/impressum/", byPage["https://example.org/en/legal-notice/"]["x-default"]);
        Assert.Equal("https://example.org/en/search/", byPage["https://example.org/suche/"]["en"]);
        Assert.Equal("https://example.org/en/", byPage["https://example.org/"]["en"]);
        Assert.Empty(byPage["https://example.org/blog/zwilling/"]);
        Assert.Empty(byPage["https://example.org/en/blog/open-data/"]);

        int paired = 0;
        foreach (var (url, alternates) in byPage.Where(p => p.Value.Count > 0))
        {
            paired++;
            Assert.Contains(url, alternates.Values);
            foreach (var (hreflang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.True(byPage.TryGetValue(href, out var back), $"{url} names {href} ({hreflang}), which was not written");
                Assert.Equal(alternates, back);
            }
        }

        Assert.True(paired >= 12, $"only {paired} pages have translations");
    }

    [Fact]
    public void The_language_switcher_names_each_language_in_itself_and_leads_to_the_translation_or_its_home()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.BuildOk();
        site.AssertFileContent("en/blog/sensors/index.html", """
            <nav class="language-switcher" aria-label="Language">
            <a href="/blog/sensoren/" hreflang="de" lang="de">Deutsch</a>
            <a href="/en/blog/sensors/" hreflang="en" lang="en" aria-current="page">English</a>
            """);
        site.AssertFileContent("blog/sensoren/index.html", """
            <nav class="language-switcher" aria-label="Sprache">
            <a href="/en/blog/sensors/" hreflang="en" lang="en">English</a>
            """);
        // No English version: the switcher leads to the English home page.
        site.AssertFileContent("blog/zwilling/index.html", """
            <a href="/en/" hreflang="en" lang="en">English</a>
            """);
    }

    [Fact]
    public void The_sitemap_lists_every_language_version_of_a_page()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.BuildOk();
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var urls = XDocument.Parse(site.Read("sitemap.xml")).Root!.Elements(sm + "url")
            .ToDictionary(u => u.Element(sm + "loc")!.Value,
                u => u.Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, l.Attribute("href")!.Value)).ToList());
        Assert.Contains("https://example.org/en/blog/open-data/", urls.Keys);
        var expected = new[]
        {
            ("de", "https://example.org/blog/sensoren/"), ("en", "https://example.org/en/blog/sensors/"),
            ("x-default", "https://example.org/blog/sensoren/"),
        };
        Assert.Equal(expected, urls["https://example.org/blog/sensoren/"]);
        Assert.Equal(expected, urls["https://example.org/en/blog/sensors/"]);
        Assert.Empty(urls["https://example.org/blog/zwilling/"]);
    }

    [Fact]
    public void Each_language_has_feeds_with_only_its_own_posts()
    {
        using var site = new TestSite(TwoLanguageSite.Files);
        site.BuildOk();
        Feed rss = FeedReader.ReadFromString(site.Read("en/feed.xml"));
        Assert.Equal(FeedType.Rss_2_0, rss.Type);
        Assert.Equal("City Lab", rss.Title);
        Assert.Equal("en", rss.Language);
        Assert.Equal("https://example.org/en/", rss.Link);
        Assert.Equal(["Open data for everyone", "Sensors in the park"], rss.Items.Select(i => i.Title));
        Assert.Contains("https://example.org/en/feed.xml", site.Read("en/feed.xml"));

        Feed atom = FeedReader.ReadFromString(site.Read("en/atom.xml"));
        Assert.Equal(["Open data for everyone", "Sensors in the park"], atom.Items.Select(i => i.Title));
        Feed json = FeedReader.ReadFromString(site.Read("en/feed.json"));
        Assert.Equal(["https://example.org/en/blog/open-data/", "https://example.org/en/blog/sensors/"], json.Items.Select(i => i.Link));

        Feed german = FeedReader.ReadFromString(site.Read("feed.xml"));
        Assert.Equal("de", german.Language);
        Assert.Equal(["Der digitale Zwilling", "Sensoren im Park"], german.Items.Select(i => i.Title));
        // Each language's pages announce their own feeds.
        Assert.Contains("href=\"https://example.org/en/feed.xml\"", site.Read("en/blog/sensors/index.html"));
        Assert.DoesNotContain("href=\"https://example.org/feed.xml\"", site.Read("en/blog/sensors/index.html"));
    }

    private static Dictionary<string, string> Alternates(string html) => Alternate().Matches(html)
        .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">")]
    private static partial Regex Alternate();
}
