using AngleSharp.Html.Parser;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>The podcast page's subscribe links: only the configured apps, as plain links that load nothing from them.</summary>
public sealed class SubscribeLinkTests
{
    [Fact]
    public void Configured_apps_are_plain_links_and_the_page_loads_nothing_from_another_host()
    {
        using TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-01\n---\n", 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + """

            subscribe:
              spotify: https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk
              pocketCasts: https://pca.st/twintalks
              antennaPod: true
            """);
        site.BuildOk();

        var page = new HtmlParser().ParseDocument(site.Read("podcast/index.html"));
        var links = page.QuerySelectorAll("ul.subscribe a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToArray();
        Assert.Equal(
        [
            ("Spotify", "https://open.spotify.com/show/4rOoJ6Egrf8K2IrywzwOMk"),
            ("Pocket Casts", "https://pca.st/twintalks"),
            ("AntennaPod", "https://antennapod.org/deeplink/subscribe?url=https%3A%2F%2Fexample.org%2Fpodcast%2Ffeed.xml"),
            ("RSS-Feed", "https://example.org/podcast/feed.xml"),
        ], links);

        // Nothing the browser fetches by itself (images, scripts, styles, icons, media) comes from another host.
        var fetched = page.All.SelectMany(e => new[] { e.GetAttribute("src"), e.LocalName == "link" ? e.GetAttribute("href") : null }
                .Concat((e.GetAttribute("srcset") ?? "").Split(',').Select(s => s.Trim().Split(' ')[0])))
            .Where(u => !string.IsNullOrEmpty(u)).ToList();
        Assert.NotEmpty(fetched);
        Assert.All(fetched, url => Assert.True(url!.StartsWith('/') || url.StartsWith("https://example.org/", StringComparison.Ordinal), url));
    }

    [Fact]
    public void A_subscribe_link_that_is_not_a_url_is_an_error_at_its_line()
    {
        using TestSite site = PodcastFixtures.Site("", 1400);
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\nsubscribe:\n  spotify: true\n");
        var report = site.Build();
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Sitecast.Diagnostics.Severity.Error);
        Assert.Contains("the spotify link 'true' is not an absolute URL", error.Message);
        Assert.Equal(("podcast/podcast.yml", 21), (error.Location.Path, error.Location.Line));
    }
}
