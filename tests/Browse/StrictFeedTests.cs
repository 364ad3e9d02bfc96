using System.ServiceModel.Syndication;
using System.Xml;
using CodeHollow.FeedReader;
using Sitecast.Feeds;
using Sitecast.Tests.Support;
using Sitecast.Templates;
using Xunit;

namespace Sitecast.Tests.Browse;

/// <summary>
/// The XML feeds read by .NET's syndication formatters as well, which reject what RSS 2.0 and Atom 1.0 do not
/// allow (a date that is not RFC 822 / RFC 3339, a missing required element), plus the helpers the feeds rely on.
/// </summary>
public sealed class StrictFeedTests
{
    private static readonly string Files = BrowseSites.SiteYml() + BrowseSites.Posts(3, "[Netze, Straßenbäume]") + """
        -- input/posts/2026-07-01-sommer.md --
        ---
        title: "Sommer 🌳 im Park"
        date: 2026-07-01T08:30
        ---
        Text mit 🌳.
        """;

    [Fact]
    public void The_rss_feed_is_read_by_the_strict_rss_2_0_formatter()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        SyndicationFeed feed = Load(site, "feed.xml", new Rss20FeedFormatter());
        Assert.Equal("Test Site", feed.Title.Text);
        Assert.Equal(4, feed.Items.Count());
        SyndicationItem summer = feed.Items.First();
        Assert.Equal("Sommer 🌳 im Park", summer.Title.Text);
        // Summer time in Berlin: +02:00.
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.FromHours(2)), summer.PublishDate);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.FromHours(2)), feed.LastUpdatedTime);
    }

    [Fact]
    public void The_atom_feed_is_read_by_the_strict_atom_1_0_formatter()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        SyndicationFeed feed = Load(site, "atom.xml", new Atom10FeedFormatter());
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 8, 30, 0, TimeSpan.FromHours(2)), feed.LastUpdatedTime);
        Assert.Equal(["https://example.org/blog/sommer/", "https://example.org/blog/post-3/", "https://example.org/blog/post-2/", "https://example.org/blog/post-1/"],
            feed.Items.Select(i => i.Id));
        SyndicationItem oldest = feed.Items.Last();
        Assert.Equal(["netze", "strassenbaeume"], oldest.Categories.Select(c => c.Name));
        Assert.Equal(["Netze", "Straßenbäume"], oldest.Categories.Select(c => c.Label));
        Assert.Contains("Text 1.", ((TextSyndicationContent)oldest.Content).Text);
    }

    [Fact]
    public void The_feed_size_defaults_to_twenty_posts()
    {
        using var site = new TestSite(BrowseSites.Posts(21));
        site.BuildOk();

        var items = FeedReader.ReadFromString(site.Read("feed.xml")).Items;
        Assert.Equal(20, items.Count);
        Assert.Equal("Post 21", items[0].Title);
        Assert.Equal("Post 2", items[^1].Title);
    }

    [Theory]
    [InlineData("Baum\u0000\u0001\u001F ok", "Baum ok")]
    [InlineData("Tab\tund\nZeile", "Tab\tund\nZeile")]
    [InlineData("Baum 🌳", "Baum 🌳")]
    [InlineData("\uFFFE\uFFFF", "")]
    [InlineData("Grüße 🌳 lang vorher, dann \u0007 und \uFFFF spät", "Grüße 🌳 lang vorher, dann  und  spät")]
    public void Text_for_xml_keeps_what_xml_allows_and_drops_the_rest(string input, string expected) =>
        Assert.Equal(expected, Sitecast.Content.XmlSafeText.Clean(input));

    [Fact]
    public void Text_for_xml_drops_a_lone_surrogate()
    {
        // Built here, not as test data: the test runner would turn a lone surrogate into U+FFFD on the way.
        string input = "lose " + '\uD83C' + " Hälfte und " + '\uDF33' + " Ende";
        Assert.Equal("lose  Hälfte und  Ende", Sitecast.Content.XmlSafeText.Clean(input));
    }

    [Theory]
    [InlineData("2026-01-19T00:00:00+01:00", "Mon, 19 Jan 2026 00:00:00 +0100")]
    [InlineData("2026-07-01T08:30:00+02:00", "Wed, 01 Jul 2026 08:30:00 +0200")]
    [InlineData("2026-03-05T23:15:09-05:30", "Thu, 05 Mar 2026 23:15:09 -0530")]
    public void Rss_dates_are_rfc_822_with_a_numeric_offset(string iso, string expected) =>
        Assert.Equal(expected, FeedDates.Rfc822(DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("<p><a href=\"x/\">a</a></p>", "<p><a href=\"https://example.org/site/blog/post/x/\">a</a></p>")]
    // Rendered content already carries the base path (Markdown links are rebased), so /site/about/ is a server path.
    [InlineData("<p><a href='/site/about/'>a</a></p>", "<p><a href=\"https://example.org/site/about/\">a</a></p>")]
    [InlineData("<img src=\"/site/images/a-480.jpg\" srcset=\"/site/images/a-480.jpg 480w, /site/images/a-800.jpg 800w\">",
        "<img src=\"https://example.org/site/images/a-480.jpg\" srcset=\"https://example.org/site/images/a-480.jpg 480w, https://example.org/site/images/a-800.jpg 800w\">")]
    [InlineData("<a href=\"mailto:a@example.org\">m</a>", "<a href=\"mailto:a@example.org\">m</a>")]
    [InlineData("<a href=\"//cdn.example.net/x\">c</a>", "<a href=\"//cdn.example.net/x\">c</a>")]
    [InlineData("<video poster=\"p.jpg\" src=\"../v.mp4\"></video>", "<video poster=\"https://example.org/site/blog/post/p.jpg\" src=\"https://example.org/site/blog/v.mp4\"></video>")]
    [InlineData("<a href=\"?page=2#top\">q</a>", "<a href=\"https://example.org/site/blog/post/?page=2#top\">q</a>")]
    // Attribute names are case-insensitive; HTML without any URL attribute is left as written.
    [InlineData("<P><A HREF=\"x/\">a</A></P>", "<p><a href=\"https://example.org/site/blog/post/x/\">a</a></p>")]
    [InlineData("<IMG SRCSET=\"/site/a.jpg 2x\">", "<img srcset=\"https://example.org/site/a.jpg 2x\">")]
    [InlineData("<p>Shownotes &amp; mehr: <b>fett</b> > 3</p>", "<p>Shownotes &amp; mehr: <b>fett</b> > 3</p>")]
    public void Links_in_content_become_absolute(string html, string expected) =>
        Assert.Equal(expected, new AbsoluteLinks(new SiteUrls("https://example.org/site/")).Rewrite(html, "/blog/post/"));

    private static SyndicationFeed Load(TestSite site, string path, SyndicationFeedFormatter formatter)
    {
        using var reader = XmlReader.Create(Path.Combine(site.Output, path));
        Assert.True(formatter.CanRead(reader), $"{path} is not recognised by {formatter.GetType().Name}");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
