using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>
/// Every page's head announces the podcast feed exactly when the podcast loaded, whatever pipeline made the page: the
/// pages learn it from the Episodes pipeline's outputs. With feeds: separate, a language's pages announce its own feed.
/// </summary>
public sealed partial class PodcastFeedLinkTests
{
    private const string Content = """
        -- input/posts/2026-01-05-sensoren.md --
        ---
        title: Sensoren im Park
        tags: [Klima]
        ---
        Die Stadt misst die Bodenfeuchte.
        -- input/pages/ueber.md --
        ---
        title: Über uns
        ---
        Wer wir sind.
        """;

    private const string Episode = """
        -- podcast/plain.md --
        ---
        title: Die schlichte Folge
        date: 2026-11-10
        slug: schlicht
        ---
        Die Shownotes.
        """;

    /// <summary>A page of every pipeline that renders one: home, blog, post, page, tags, archive, search, 404.</summary>
    private static readonly string[] BlogPages =
    [
        "index.html", "blog/index.html", "blog/sensoren/index.html", "ueber/index.html", "tags/index.html",
        "tags/klima/index.html", "archive/index.html", "archive/2026/index.html", "suche/index.html", "404.html",
    ];

    [Fact]
    public void Without_a_podcast_no_page_announces_a_podcast_feed()
    {
        using var site = new TestSite(Content);
        site.BuildOk();

        Assert.False(site.Exists("podcast/feed.xml"));
        foreach (string page in BlogPages)
            Assert.Equal(["https://example.org/feed.xml"], RssLinksInHead(site, page));
    }

    [Fact]
    public void With_a_podcast_every_page_announces_its_feed()
    {
        using TestSite site = PodcastFixtures.Site(Content + "\n" + Episode, 1400, "plain.mp3");
        site.BuildOk();

        Assert.True(site.Exists("podcast/feed.xml"));
        foreach (string page in BlogPages.Concat(["podcast/index.html", "podcast/schlicht/index.html"]))
            Assert.Equal(["https://example.org/feed.xml", "https://example.org/podcast/feed.xml"], RssLinksInHead(site, page));
    }

    [Theory]
    [InlineData("", "https://example.org/podcast/feed.xml")]
    [InlineData("feeds: separate", "https://example.org/en/podcast/feed.xml")]
    public void On_a_site_in_two_languages_the_english_pages_announce_the_feed_podcast_yml_gives_them(string feeds, string englishFeed)
    {
        using TestSite site = PodcastFixtures.Site(Content + "\n" + Episode + "\n" + """
            -- input/posts/2026-01-05-sensoren.en.md --
            ---
            title: Sensors in the park
            slug: sensors
            tags: [Climate]
            ---
            The city measures soil moisture.
            -- podcast/plain.en.md --
            ---
            title: The plain episode
            ---
            The show notes.
            -- site.yml --
            title: Stadtlabor
            baseUrl: https://example.org/
            timeZone: Europe/Berlin
            languages:
              - code: de
              - code: en
            """, 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\n" + feeds + "\n");
        site.BuildOk();

        foreach (string page in new[] { "en/index.html", "en/blog/sensors/index.html", "en/tags/index.html", "en/search/index.html", "en/podcast/schlicht/index.html" })
            Assert.Equal(["https://example.org/en/feed.xml", englishFeed], RssLinksInHead(site, page));
        foreach (string page in new[] { "index.html", "blog/sensoren/index.html", "podcast/schlicht/index.html" })
            Assert.Equal(["https://example.org/feed.xml", "https://example.org/podcast/feed.xml"], RssLinksInHead(site, page));
    }

    /// <summary>The href of every RSS autodiscovery link in the page's head, in order.</summary>
    private static List<string> RssLinksInHead(TestSite site, string page)
    {
        string html = site.Read(page);
        int end = html.IndexOf("</head>", StringComparison.Ordinal);
        Assert.True(end > 0, $"{page} has no </head>");
        return RssLink().Matches(html[..end]).Select(m => m.Groups["href"].Value).ToList();
    }

    [GeneratedRegex("""<link rel="alternate" type="application/rss\+xml"[^>]*\shref="(?<href>[^"]+)"[^>]*>""")]
    private static partial Regex RssLink();
}
