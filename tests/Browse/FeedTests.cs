using System.Text.Json;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Sitecast.Tests.Images;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browse;

public sealed class FeedTests
{
    // A site under a base path, so "site-relative" and "relative to the post" give different absolute URLs.
    private static readonly string Files = BrowseSites.SiteYml(feedItems: 2, baseUrl: "https://example.org/sub/") + """
        -- input/posts/2026-01-05-eins.md --
        ---
        title: Eins
        ---
        Erster Beitrag.
        -- input/posts/2026-01-12-zwei.md --
        ---
        title: Zwei
        ---
        Zweiter Beitrag.
        -- input/posts/2026-01-19-drei.md --
        ---
        title: "Drei: Tom & Jerry <im> Feed"
        description: Eine Beschreibung.
        tags: [Straßenbäume, Netze]
        author: anna
        ---
        Siehe [den zweiten](../zwei/), [das Blog](/blog/), [den Abschnitt](#abschnitt) und [extern](https://example.com/x?a=1&b=2).

        ![Ein Bild](bild.jpg)

        <img src="/sub/assets/klein.png" srcset="/sub/assets/klein.png 1x, ../../assets/gross.png 2x" alt="Raw">

        ## Abschnitt
        """;

    [Fact]
    public void The_rss_feed_parses_and_carries_the_newest_posts_with_absolute_urls()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        Feed feed = FeedReader.ReadFromString(site.Read("feed.xml"));
        Assert.Equal(FeedType.Rss_2_0, feed.Type);
        Assert.Equal("Test Site", feed.Title);
        Assert.Equal("https://example.org/sub/", feed.Link);

        // feedItems: 2 → only the two newest, newest first.
        Assert.Equal(["Drei: Tom & Jerry <im> Feed", "Zwei"], feed.Items.Select(i => i.Title));
        FeedItem newest = feed.Items[0];
        Assert.Equal("https://example.org/sub/blog/drei/", newest.Link);
        Assert.Equal("https://example.org/sub/blog/drei/", newest.Id);
        Assert.Equal(new DateTimeOffset(2026, 1, 19, 0, 0, 0, TimeSpan.FromHours(1)).UtcDateTime, newest.PublishingDate!.Value.ToUniversalTime());
        Assert.Equal("Eine Beschreibung.", newest.Description);
        Assert.Equal(["Straßenbäume", "Netze"], newest.Categories);
        AssertAbsolute(newest.Content);

        string raw = site.Read("feed.xml");
        Assert.Contains("<lastBuildDate>Mon, 19 Jan 2026 00:00:00 +0100</lastBuildDate>", raw);
        Assert.Contains("<pubDate>Mon, 12 Jan 2026 00:00:00 +0100</pubDate>", raw);
        Assert.Contains("<atom:link href=\"https://example.org/sub/feed.xml\" rel=\"self\" type=\"application/rss+xml\" />", raw);
        Assert.Contains("<dc:creator>Anna Beispiel</dc:creator>", raw);
        // The HTML's own &amp; escaped once more for XML, and the title's & and < escaped.
        Assert.Contains("href=\"https://example.com/x?a=1&amp;amp;b=2\"", raw);
        Assert.Contains("<title>Drei: Tom &amp; Jerry &lt;im&gt; Feed</title>", raw);
    }

    [Fact]
    public void The_atom_feed_parses_with_ids_dates_and_absolute_content()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        Feed feed = FeedReader.ReadFromString(site.Read("atom.xml"));
        Assert.Equal(FeedType.Atom, feed.Type);
        Assert.Equal(2, feed.Items.Count);
        FeedItem newest = feed.Items[0];
        Assert.Equal("Drei: Tom & Jerry <im> Feed", newest.Title);
        Assert.Equal("https://example.org/sub/blog/drei/", newest.Link);
        Assert.Equal("https://example.org/sub/blog/drei/", newest.Id);
        AssertAbsolute(newest.Content);

        // Atom needs updated on the feed: the newest post's date, RFC 3339.
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var document = XDocument.Parse(site.Read("atom.xml"));
        Assert.Equal("2026-01-19T00:00:00+01:00", document.Root!.Element(atom + "updated")!.Value);
        Assert.Equal("https://example.org/sub/atom.xml",
            document.Root.Elements(atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
    }

    [Fact]
    public void The_json_feed_has_the_fields_json_feed_1_1_requires()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        using JsonDocument json = JsonDocument.Parse(site.Read("feed.json"));
        JsonElement root = json.RootElement;
        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Test Site", root.GetProperty("title").GetString());
        Assert.Equal("https://example.org/sub/", root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://example.org/sub/feed.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("de", root.GetProperty("language").GetString());
        string[] topLevel = ["version", "title", "home_page_url", "feed_url", "description", "user_comment", "next_url", "icon",
            "favicon", "authors", "language", "expired", "hubs", "items"];
        Assert.All(root.EnumerateObject(), p => Assert.Contains(p.Name, topLevel));

        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        string[] itemFields = ["id", "url", "external_url", "title", "content_html", "content_text", "summary", "image",
            "banner_image", "date_published", "date_modified", "authors", "tags", "language", "attachments"];
        foreach (JsonElement item in items)
        {
            Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, itemFields));
            Assert.Equal(JsonValueKind.String, item.GetProperty("id").ValueKind);
            Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_published").GetString(), out _));
            Assert.StartsWith("https://example.org/sub/blog/", item.GetProperty("url").GetString());
        }

        Assert.Equal("Anna Beispiel", items[0].GetProperty("authors")[0].GetProperty("name").GetString());
        Assert.Equal(["Straßenbäume", "Netze"], items[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        AssertAbsolute(items[0].GetProperty("content_html").GetString()!);

        // The real parser reads it too.
        Feed feed = FeedReader.ReadFromString(site.Read("feed.json"));
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("https://example.org/sub/blog/drei/", feed.Items[0].Link);
    }

    [Fact]
    public void Feeds_do_not_change_with_the_clock()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk(now: "2026-02-01T10:00");
        var first = new[] { "feed.xml", "atom.xml", "feed.json" }.Select(site.Read).ToList();
        site.BuildOk(now: "2026-11-28T17:30");
        var second = new[] { "feed.xml", "atom.xml", "feed.json" }.Select(site.Read).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Characters_xml_cannot_hold_are_dropped_and_the_feeds_still_parse()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-eins.md --
            ---
            title: Eins
            ---
            """ + "\nVor\u0001dem\u0008Steuerzeichen.\n");
        site.BuildOk();

        foreach (string path in new[] { "feed.xml", "atom.xml" })
        {
            string raw = site.Read(path);
            Assert.DoesNotContain('\u0001', raw);
            Assert.DoesNotContain('\u0008', raw);
            Feed feed = FeedReader.ReadFromString(raw);
            Assert.Contains("VordemSteuerzeichen.", Assert.Single(feed.Items).Content);
        }
    }

    [Fact]
    public void A_blog_without_posts_has_valid_empty_feeds()
    {
        using var site = new TestSite(BrowseSites.SiteYml());
        site.BuildOk();

        Assert.Empty(FeedReader.ReadFromString(site.Read("feed.xml")).Items);
        Assert.Empty(FeedReader.ReadFromString(site.Read("atom.xml")).Items);
        Assert.Empty(FeedReader.ReadFromString(site.Read("feed.json")).Items);
        Assert.DoesNotContain("lastBuildDate", site.Read("feed.xml"));
    }

    [Fact]
    public void Every_page_announces_the_blog_feeds()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        foreach (string page in new[] { "index.html", "blog/index.html", "blog/eins/index.html", "tags/index.html", "404.html" })
        {
            site.AssertFileContent(page, """
                <link rel="alternate" type="application/rss+xml" title="Test Site (RSS)" href="https://example.org/sub/feed.xml">
                <link rel="alternate" type="application/atom+xml" title="Test Site (Atom)" href="https://example.org/sub/atom.xml">
                <link rel="alternate" type="application/feed+json" title="Test Site (JSON Feed)" href="https://example.org/sub/feed.json">
                ! /podcast/feed.xml
                """);
        }
    }

    [Fact]
    public void A_site_with_a_podcast_also_announces_the_podcast_feed()
    {
        // A complete podcast.yml with its cover: a podcast that builds (no episodes yet).
        using var site = SiteWithImages(Files + "\n-- podcast/podcast.yml --\n" + PodcastFixtures.PodcastYml + "\n");
        site.WriteBytes("podcast/cover.png", PodcastFixtures.Png(1400, 1400));
        site.BuildOk();

        site.AssertFileContent("index.html",
            """<link rel="alternate" type="application/rss+xml" title="Test Site – Podcast" href="https://example.org/sub/podcast/feed.xml">""");
    }

    [Fact]
    public void A_feed_size_below_one_is_an_error_at_its_line_in_site_yml()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: Test
            baseUrl: https://example.org/
            feedItems: 0
            """);
        var report = site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Sitecast.Diagnostics.Severity.Error);
        Assert.StartsWith("site.yml:3:12: error: feedItems must be at least 1", error.ToString());
    }

    /// <summary>The site with the real image files its posts show: the Markdown image and the raw HTML's theme files.</summary>
    private static TestSite SiteWithImages(string files)
    {
        var site = new TestSite(files);
        site.WriteBytes("input/posts/bild.jpg", TestImages.Jpeg(1000, 500));
        site.WriteBytes("theme/assets/klein.png", TestImages.Png(40, 20));
        site.WriteBytes("theme/assets/gross.png", TestImages.Png(80, 40));
        return site;
    }

    private static void AssertAbsolute(string html)
    {
        Assert.Contains("href=\"https://example.org/sub/blog/zwei/\"", html);
        Assert.Contains("href=\"https://example.org/sub/blog/\"", html);
        Assert.Contains("href=\"https://example.org/sub/blog/drei/#abschnitt\"", html);
        Assert.Contains("href=\"https://example.com/x?a=1&", html); // the parser may or may not decode &amp; here
        // The Markdown image, resized: src and every srcset candidate are absolute, under the base path once.
        Assert.Matches(@"src=""https://example\.org/sub/images/bild-800-[0-9a-f]{16}\.jpg""", html);
        Assert.Matches(@"srcset=""https://example\.org/sub/images/bild-480-[0-9a-f]{16}\.jpg 480w, https://example\.org/sub/images/bild-800-[0-9a-f]{16}\.jpg 800w, https://example\.org/sub/images/bild-1000-[0-9a-f]{16}\.jpg 1000w""", html);
        // Raw HTML: a server path and a path relative to the post.
        Assert.Contains("src=\"https://example.org/sub/assets/klein.png\"", html);
        Assert.Contains("srcset=\"https://example.org/sub/assets/klein.png 1x, https://example.org/sub/assets/gross.png 2x\"", html);
        Assert.DoesNotContain("/sub/sub/", html);
        Assert.DoesNotMatch(@"srcset=""([^""]*, )?/", html);
        Assert.DoesNotContain("href=\"../", html);
        Assert.DoesNotContain("href=\"/", html);
        Assert.DoesNotContain("src=\"/", html);
        Assert.DoesNotContain("href=\"#", html);
    }
}
