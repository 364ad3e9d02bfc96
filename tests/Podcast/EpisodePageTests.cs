using System.Text.Json;
using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed partial class EpisodePageTests
{
    private const string Files = """
        -- podcast/plain.md --
        ---
        title: Folge <eins> & "zwei"
        date: 2026-11-10T08:00
        description: Worum es geht.
        episode: 3
        season: 1
        slug: schlicht
        persons:
          - name: Gabi Gast
            role: guest
            href: https://example.org/gabi
        ---
        Die **Shownotes** mit <script>alert(1)</script> nur als Markdown-HTML.
        -- podcast/plain.chapters.json --
        {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Anfang"}, {"startTime": 62.5, "title": "Mitte & Schluss"}]}
        -- podcast/plain.srt --
        1
        00:00:00,000 --> 00:00:01,000
        Anna: Eine schlichte Folge.

        2
        00:00:01,100 --> 00:00:02,000
        Anna: Mit zwei Sätzen.
        """;

    [Fact]
    public void An_episode_page_has_a_native_player_download_chapters_that_seek_transcript_and_persons()
    {
        using TestSite site = PodcastFixtures.Site(Files, 1400, "plain.mp3");
        site.BuildOk();
        long size = new FileInfo(PodcastFixtures.PathOf("plain.mp3")).Length;

        site.AssertFileContent("podcast/schlicht/index.html", $"""
            <h1>Folge &lt;eins&gt; &amp; &quot;zwei&quot;</h1>
            <audio id="player" class="player" controls preload="metadata">
            <source src="/podcast/audio/plain.mp3" type="audio/mpeg">
            <a href="/podcast/audio/plain.mp3" download="plain.mp3">Herunterladen</a> (plain.mp3, {Sitecast.Templates.FileSize.Format(size, "de")})
            <time datetime="2026-11-10T08:00:00+01:00">10. November 2026</time>
            Staffel 1 · Folge 3
            <a href="/podcast/audio/plain.mp3#t=0" data-chapter-start="0"><time datetime="PT0S">0:00</time> Anfang</a>
            <a href="/podcast/audio/plain.mp3#t=62.5" data-chapter-start="62.5"><time datetime="PT62.5S">1:02</time> Mitte &amp; Schluss</a>
            <p>Die <strong>Shownotes</strong>
            <p><time datetime="PT0S">0:00</time> <strong>Anna:</strong> Eine schlichte Folge. Mit zwei Sätzen.</p>
            <a href="/podcast/schlicht/transcript.srt">
            <a href="https://example.org/gabi">Gabi Gast</a> (guest)
            <script src="/assets/js/chapters.js" defer></script>
            """);
        Assert.True(site.Exists("assets/js/chapters.js"));
        Assert.StartsWith("1\n00:00:00,000", site.Read("podcast/schlicht/transcript.srt"));
    }

    [Fact]
    public void Episode_and_series_pages_carry_json_ld_that_parses()
    {
        using TestSite site = PodcastFixtures.Site(Files, 1400, "plain.mp3");
        site.BuildOk();

        using JsonDocument episode = JsonDocument.Parse(JsonLd(site.Read("podcast/schlicht/index.html")));
        Assert.Equal("PodcastEpisode", episode.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Folge <eins> & \"zwei\"", episode.RootElement.GetProperty("name").GetString());
        Assert.Equal("https://example.org/podcast/audio/plain.mp3", episode.RootElement.GetProperty("associatedMedia").GetProperty("contentUrl").GetString());
        Assert.Equal("PodcastSeries", episode.RootElement.GetProperty("partOfSeries").GetProperty("@type").GetString());
        Assert.Equal(3, episode.RootElement.GetProperty("episodeNumber").GetInt32());
        Assert.DoesNotContain("<eins>", JsonLd(site.Read("podcast/schlicht/index.html")));

        using JsonDocument series = JsonDocument.Parse(JsonLd(site.Read("podcast/index.html")));
        Assert.Equal("Test & Co <Cast>", series.RootElement.GetProperty("name").GetString());
        Assert.Equal("https://example.org/podcast/feed.xml", series.RootElement.GetProperty("webFeed").GetString());
    }

    [Fact]
    public void The_podcast_page_lists_episodes_the_feed_url_and_only_the_configured_subscribe_links()
    {
        using TestSite site = PodcastFixtures.Site(Files, 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + """

            subscribe:
              apple: https://podcasts.apple.com/de/podcast/test/id1
              gpodder: https://gpodder.net/podcast/test
            """);
        site.BuildOk();

        site.AssertFileContent("podcast/index.html", """
            <h1>Test &amp; Co &lt;Cast&gt;</h1>
            <a href="https://podcasts.apple.com/de/podcast/test/id1" rel="noopener">Apple Podcasts</a>
            <a href="https://gpodder.net/podcast/test" rel="noopener">gPodder</a>
            ! Spotify
            ! Pocket Casts
            <a href="https://example.org/podcast/feed.xml" type="application/rss+xml">RSS-Feed</a>
            <code>https://example.org/podcast/feed.xml</code>
            <a href="/podcast/schlicht/">Folge &lt;eins&gt; &amp; &quot;zwei&quot;</a>
            Folge 3 ·
            """);
        site.AssertFileContent("index.html", """
            Neueste Podcast-Folgen
            <a href="/podcast/schlicht/">Folge &lt;eins&gt; &amp; &quot;zwei&quot;</a>
            """);
    }

    [Fact]
    public void A_site_under_a_base_path_gets_its_feed_audio_and_links_under_that_path()
    {
        const string siteYml = """
            -- site.yml --
            title: Test
            baseUrl: https://example.org/smart-city/
            -- podcast/plain.md --
            ---
            date: 2026-11-01
            ---
            """;
        using TestSite site = PodcastFixtures.Site(siteYml, 1400, "plain.mp3");
        site.BuildOk();

        var channel = System.Xml.Linq.XDocument.Parse(site.Read("podcast/feed.xml")).Root!.Element("channel")!;
        Assert.Equal("https://example.org/smart-city/podcast/", channel.Element("link")!.Value);
        Assert.Equal("https://example.org/smart-city/podcast/audio/plain.mp3", channel.Element("item")!.Element("enclosure")!.Attribute("url")!.Value);
        Assert.Equal(Sitecast.Podcast.Uuid5.ForFeedUrl("https://example.org/smart-city/podcast/feed.xml").ToString(),
            channel.Element(Sitecast.Podcast.FeedNamespaces.PodcastNs + "guid")!.Value);
        site.AssertFileContent("podcast/plain/index.html", """
            <source src="/smart-city/podcast/audio/plain.mp3" type="audio/mpeg">
            <script src="/smart-city/assets/js/chapters.js" defer></script>
            """);
    }

    [Fact]
    public async Task The_sample_site_builds_its_podcast_without_a_warning()
    {
        string output = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"), "site");
        try
        {
            var options = new Sitecast.Build.BuildOptions
            {
                SourceRoot = RepoPaths.Root,
                OutputRoot = output,
                Now = new DateTime(2026, 11, 28, 10, 0, 0),
                DefaultThemeRoot = RepoPaths.Theme,
            };
            var report = await Sitecast.Build.SiteBuilder.BuildAsync(options);
            Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
            Assert.Empty(report.Diagnostics);

            // Three episodes are out by 28 November; Rotterdam (3 December) is held back.
            string feed = File.ReadAllText(Path.Combine(output, "podcast/feed.xml"));
            var items = System.Xml.Linq.XDocument.Parse(feed).Descendants("item").ToList();
            Assert.Equal(["Durban: Wasser, Küste und Klima", "Chicago: Sensoren an jeder Ecke", "Aarhus: Der Zwilling, der allen gehört"],
                items.Select(i => i.Element("title")!.Value));
            // Apple's required tags, present and not empty; explicit as true/false.
            var channel = System.Xml.Linq.XDocument.Parse(feed).Root!.Element("channel")!;
            System.Xml.Linq.XNamespace itunes = Sitecast.Podcast.FeedNamespaces.Itunes;
            foreach (var name in new System.Xml.Linq.XName[] { "title", "description", "language", "link", itunes + "author", itunes + "explicit" })
                Assert.False(string.IsNullOrWhiteSpace(channel.Element(name)?.Value), $"channel {name} is missing or empty");
            Assert.Equal("Government", channel.Element(itunes + "category")!.Attribute("text")!.Value);
            Assert.EndsWith("-3000.jpg", channel.Element(itunes + "image")!.Attribute("href")!.Value);
            Assert.Equal(4, items.Select(i => i.Element("guid")!.Value).Append(channel.Element(Sitecast.Podcast.FeedNamespaces.PodcastNs + "guid")!.Value).Distinct().Count());
            foreach (var item in items)
            {
                Assert.False(string.IsNullOrWhiteSpace(item.Element("title")?.Value));
                Assert.Contains(item.Element(itunes + "explicit")!.Value, new[] { "true", "false" });
                var enclosure = item.Element("enclosure")!;
                string file = Path.GetFileName(new Uri(enclosure.Attribute("url")!.Value).AbsolutePath);
                Assert.Equal(new FileInfo(Path.Combine(RepoPaths.Root, "podcast", file)).Length.ToString(), enclosure.Attribute("length")!.Value);
            }

            Assert.False(File.Exists(Path.Combine(output, "podcast/rotterdam/index.html")));
            Assert.True(File.Exists(Path.Combine(output, "podcast/aarhus/transcript.vtt")));
            Assert.Contains("href=\"/podcast/\"", File.ReadAllText(Path.Combine(output, "index.html")));
        }
        finally
        {
            string parent = Path.GetDirectoryName(output)!;
            if (Directory.Exists(parent)) Directory.Delete(parent, recursive: true);
        }
    }

    private static string JsonLd(string html) => JsonLdScript().Match(html).Groups[1].Value;

    [GeneratedRegex("""<script type="application/ld\+json">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex JsonLdScript();
}
