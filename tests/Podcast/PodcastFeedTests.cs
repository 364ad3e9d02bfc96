using Sitecast.Content;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Feeds;
using Sitecast.Audio;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class PodcastFeedTests
{
    private static readonly XNamespace Itunes = FeedNamespaces.Itunes;
    private static readonly XNamespace Pod = FeedNamespaces.Podcast;
    private static readonly XNamespace Content = FeedNamespaces.Content;
    private static readonly XNamespace Atom = FeedNamespaces.Atom;
    private static readonly XNamespace Psc = FeedNamespaces.Psc;

    // tagged.mp3 keeps its tags (title, track → episode, disc → season, comment → description); plain.mp3's sidecar
    // overrides its tags and brings chapters and a transcript.
    private const string Sidecars = """
        -- podcast/tagged.md --
        ---
        date: 2026-11-20T18:30
        persons:
          - name: Gast <Gabi> & Co
            role: guest
        ---
        Shownotes mit <em>HTML</em>, & Zeichen, "Anführung" und dem Ende einer CDATA-Sektion: `]]>` – sowie 🎧 und <span title="a]]>b">rohes HTML</span>.
        -- podcast/plain.md --
        ---
        title: Die schlichte Folge
        date: 2026-11-10
        description: Eine Beschreibung aus dem Sidecar.
        episode: 1
        season: 1
        episodeType: bonus
        explicit: true
        slug: schlicht
        guid: 5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0001
        ---
        Die Shownotes der schlichten Folge.
        -- podcast/plain.chapters.json --
        {"version": "1.2.0", "chapters": [
          {"startTime": 1.5, "title": "Zweites Kapitel"},
          {"startTime": 0, "title": "Anfang & Ende"}
        ]}
        -- podcast/plain.vtt --
        WEBVTT

        00:00:00.000 --> 00:00:01.400
        <v Anna>Eine schlichte Folge.
        """;

    [Fact]
    public void Feed_read_by_a_feed_parser_has_every_value_of_its_tags_and_sidecars()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "tagged.mp3", "plain.mp3");
        site.BuildOk();
        string xml = site.Read("podcast/feed.xml");
        AudioInfo tagged = AudioReader.Read(PodcastFixtures.PathOf("tagged.mp3"));
        AudioInfo plain = AudioReader.Read(PodcastFixtures.PathOf("plain.mp3"));

        // A real feed parser reads it as RSS 2.0.
        Feed feed = FeedReader.ReadFromString(xml);
        Assert.Equal(FeedType.Rss_2_0, feed.Type);
        Assert.Equal("Test & Co <Cast>", feed.Title);
        Assert.Equal("https://example.org/podcast/", feed.Link);
        Assert.Equal("Ein Podcast für Tests mit \"Zeichen\" & mehr.", feed.Description);
        Assert.Equal("de", feed.Language);
        Assert.Equal("Anna & Ben", feed.Copyright);
        Assert.Equal(2, feed.Items.Count);

        // Newest first: tagged (20 Nov), then plain (10 Nov).
        FeedItem first = feed.Items[0];
        Assert.Equal(XmlSafeText.Clean(tagged.Title), first.Title);
        Assert.Equal("Q&A <live> \"zitiert\" 'einfach' 🎧 Steuerzeichen ]]> Ende", first.Title);
        Assert.Equal(tagged.Comment, first.Description);
        Assert.Equal("https://example.org/podcast/tagged/", first.Link);
        Assert.Contains("Shownotes mit <em>HTML</em>, & Zeichen, „Anführung“", first.Content);
        Assert.Contains("<span title=\"a]]>b\">rohes HTML</span>", first.Content);
        Assert.Contains("🎧", first.Content);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 18, 30, 0, TimeSpan.FromHours(1)), new DateTimeOffset(first.PublishingDate!.Value));
        var taggedEnclosure = ((Rss20FeedItem)first.SpecificItem).Enclosure;
        Assert.Equal("https://example.org/podcast/audio/tagged.mp3", taggedEnclosure.Url);
        Assert.Equal(new FileInfo(PodcastFixtures.PathOf("tagged.mp3")).Length, (long?)taggedEnclosure.Length);
        Assert.Equal("audio/mpeg", taggedEnclosure.MediaType);

        FeedItem second = feed.Items[1];
        Assert.Equal("Die schlichte Folge", second.Title);
        Assert.Equal("Eine Beschreibung aus dem Sidecar.", second.Description);
        Assert.Equal("5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0001", second.Id);
        Assert.Equal("https://example.org/podcast/schlicht/", second.Link);
        Assert.Equal(new FileInfo(PodcastFixtures.PathOf("plain.mp3")).Length, (long?)((Rss20FeedItem)second.SpecificItem).Enclosure.Length);

        // The namespaced elements, read with XDocument.
        XDocument document = XDocument.Parse(xml);
        XElement channel = document.Root!.Element("channel")!;
        Assert.Equal("https://example.org/podcast/feed.xml", channel.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Equal("self", channel.Element(Atom + "link")!.Attribute("rel")!.Value);
        Assert.Equal("Society & Culture", channel.Element(Itunes + "category")!.Attribute("text")!.Value);
        Assert.Equal("Documentary", channel.Element(Itunes + "category")!.Element(Itunes + "category")!.Attribute("text")!.Value);
        Assert.Equal("false", channel.Element(Itunes + "explicit")!.Value);
        Assert.Equal("Anna & Ben", channel.Element(Itunes + "author")!.Value);
        Assert.Equal("anna@example.org", channel.Element(Itunes + "owner")!.Element(Itunes + "email")!.Value);
        Assert.Equal("episodic", channel.Element(Itunes + "type")!.Value);
        Assert.Equal(Uuid5.ForFeedUrl("https://example.org/podcast/feed.xml").ToString(), channel.Element(Pod + "guid")!.Value);
        Assert.Equal("no", channel.Element(Pod + "locked")!.Value);
        Assert.Equal("https://example.org/unterstuetzen", channel.Element(Pod + "funding")!.Attribute("url")!.Value);
        Assert.Equal("Unterstützen & helfen", channel.Element(Pod + "funding")!.Value);
        Assert.Equal("podcast", channel.Element(Pod + "medium")!.Value);
        Assert.Equal("Anna Beispiel", channel.Element(Pod + "person")!.Value);
        Assert.Equal("Fri, 20 Nov 2026 18:30:00 +0100", channel.Element("lastBuildDate")!.Value);
        Assert.StartsWith("https://example.org/podcast/images/", channel.Element(Itunes + "image")!.Attribute("href")!.Value);

        XElement[] items = channel.Elements("item").ToArray();
        XElement taggedItem = items[0];
        Assert.Equal("false", taggedItem.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal("Fri, 20 Nov 2026 18:30:00 +0100", taggedItem.Element("pubDate")!.Value);
        Assert.Equal(((long)Math.Round(tagged.Duration.TotalSeconds)).ToString(), taggedItem.Element(Itunes + "duration")!.Value);
        Assert.Equal(tagged.Track.ToString(), taggedItem.Element(Itunes + "episode")!.Value);
        Assert.Equal("7", taggedItem.Element(Pod + "episode")!.Value);
        Assert.Equal(tagged.Disc.ToString(), taggedItem.Element(Itunes + "season")!.Value);
        Assert.Equal("2", taggedItem.Element(Pod + "season")!.Value);
        Assert.Equal("full", taggedItem.Element(Itunes + "episodeType")!.Value);
        Assert.Equal("Gast <Gabi> & Co", taggedItem.Element(Pod + "person")!.Value);
        // The show notes' "]]>" (in raw HTML) survives the CDATA section, split across two sections.
        string encoded = taggedItem.Element(Content + "encoded")!.Value;
        Assert.Contains("<code>]]&gt;</code>", encoded);
        Assert.Contains("<span title=\"a]]>b\">rohes HTML</span>", encoded);
        Assert.Equal("guest", taggedItem.Element(Pod + "person")!.Attribute("role")!.Value);

        XElement plainItem = items[1];
        Assert.Equal("bonus", plainItem.Element(Itunes + "episodeType")!.Value);
        Assert.Equal("true", plainItem.Element(Itunes + "explicit")!.Value);
        Assert.Equal("1", plainItem.Element(Itunes + "episode")!.Value);
        Assert.Equal(((long)Math.Round(plain.Duration.TotalSeconds)).ToString(), plainItem.Element(Itunes + "duration")!.Value);
        XElement transcript = plainItem.Element(Pod + "transcript")!;
        Assert.Equal("https://example.org/podcast/schlicht/transcript.vtt", transcript.Attribute("url")!.Value);
        Assert.Equal("text/vtt", transcript.Attribute("type")!.Value);
        XElement chapters = plainItem.Element(Pod + "chapters")!;
        Assert.Equal("https://example.org/podcast/schlicht/chapters.json", chapters.Attribute("url")!.Value);
        Assert.Equal("application/json+chapters", chapters.Attribute("type")!.Value);
        var psc = plainItem.Element(Psc + "chapters")!.Elements(Psc + "chapter").ToArray();
        Assert.Equal(["00:00:00.000", "00:00:01.500"], psc.Select(c => c.Attribute("start")!.Value));
        Assert.Equal(["Anfang & Ende", "Zweites Kapitel"], psc.Select(c => c.Attribute("title")!.Value));

        // Every URL in the feed is absolute https.
        foreach (string url in document.Descendants().SelectMany(e => e.Attributes())
                     .Where(a => a.Name.LocalName is "url" or "href" or "uri").Select(a => a.Value)
                     .Concat(document.Descendants("link").Select(e => e.Value)))
            Assert.StartsWith("https://", url);

        // The published files exist: audio copied byte for byte, chapters as JSON chapters, the transcript.
        Assert.Equal(PodcastFixtures.Audio("tagged.mp3"), File.ReadAllBytes(Path.Combine(site.Output, "podcast/audio/tagged.mp3")));
        using var json = System.Text.Json.JsonDocument.Parse(site.Read("podcast/schlicht/chapters.json"));
        Assert.Equal("1.2.0", json.RootElement.GetProperty("version").GetString());
        Assert.Equal(1.5, json.RootElement.GetProperty("chapters")[1].GetProperty("startTime").GetDouble());
        Assert.Equal("Anfang & Ende", json.RootElement.GetProperty("chapters")[0].GetProperty("title").GetString());
        Assert.StartsWith("WEBVTT", site.Read("podcast/schlicht/transcript.vtt"));
    }

    [Fact]
    public void Feed_is_well_formed_utf8_without_bom_and_the_same_on_every_build()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "tagged.mp3", "plain.mp3");
        site.BuildOk();
        byte[] first = File.ReadAllBytes(Path.Combine(site.Output, "podcast/feed.xml"));
        site.BuildOk();
        byte[] second = File.ReadAllBytes(Path.Combine(site.Output, "podcast/feed.xml"));

        Assert.Equal(first, second);
        Assert.NotEqual(0xEF, first[0]);
        Assert.DoesNotContain((byte)'\r', first);
        Assert.DoesNotContain((byte)0x01, first);
        XDocument.Parse(System.Text.Encoding.UTF8.GetString(first));
    }

    [Fact]
    public void Ogg_episodes_are_left_out_of_the_feed_with_a_warning_but_listed_on_the_pages()
    {
        const string files = """
            -- podcast/voice.md --
            ---
            date: 2026-11-01
            ---
            -- podcast/plain.md --
            ---
            date: 2026-11-02
            ---
            """;
        using TestSite site = PodcastFixtures.Site(files, 1400, "voice.opus", "plain.mp3");
        var report = site.BuildOk();

        var warning = Assert.Single(report.Diagnostics, d => d.Location.Path == "podcast/voice.opus" && d.Message.Contains("Ogg"));
        Assert.Contains("apple: false", warning.Hint);
        XDocument feed = XDocument.Parse(site.Read("podcast/feed.xml"));
        Assert.Equal(["Schlichte Folge"], feed.Descendants("item").Select(i => i.Element("title")!.Value));
        site.AssertFileContent("podcast/index.html", """
            Opus-Folge
            Schlichte Folge
            """);
        site.AssertFileContent("podcast/voice/index.html", """<source src="/podcast/audio/voice.opus" type="audio/ogg">""");
    }

    [Fact]
    public void Ogg_episodes_go_into_the_feed_when_podcast_yml_says_apple_false()
    {
        using TestSite site = PodcastFixtures.Site("-- podcast/voice.md --\n---\ndate: 2026-11-01\n---\n", 1400, "voice.opus");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\napple: false\n");
        var report = site.BuildOk();

        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("Ogg"));
        XElement item = Assert.Single(XDocument.Parse(site.Read("podcast/feed.xml")).Descendants("item"));
        Assert.Equal("audio/ogg", item.Element("enclosure")!.Attribute("type")!.Value);
    }

    [Fact]
    public void With_a_media_base_url_the_enclosure_points_there_and_the_audio_is_not_copied()
    {
        using TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-01\n---\n", 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\nmediaBaseUrl: https://cdn.example.net/audio/\n");
        site.BuildOk();

        XElement enclosure = XDocument.Parse(site.Read("podcast/feed.xml")).Descendants("enclosure").Single();
        Assert.Equal("https://cdn.example.net/audio/plain.mp3", enclosure.Attribute("url")!.Value);
        Assert.Equal(new FileInfo(PodcastFixtures.PathOf("plain.mp3")).Length.ToString(), enclosure.Attribute("length")!.Value);
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("podcast/audio/", StringComparison.Ordinal));
        site.AssertFileContent("podcast/plain/index.html", """<source src="https://cdn.example.net/audio/plain.mp3" type="audio/mpeg">""");
    }

    [Fact]
    public void A_future_episode_is_held_back_until_its_date()
    {
        const string files = """
            -- podcast/plain.md --
            ---
            date: 2026-12-03T06:00
            ---
            -- podcast/tagged.md --
            ---
            date: 2026-11-01
            ---
            """;
        using TestSite site = PodcastFixtures.Site(files, 1400, "plain.mp3", "tagged.mp3");

        site.BuildOk(now: "2026-11-28T10:00");
        Assert.False(site.Exists("podcast/plain/index.html"));
        Assert.False(site.Exists("podcast/audio/plain.mp3"));
        Assert.DoesNotContain("Schlichte Folge", site.Read("podcast/feed.xml"));
        site.AssertFileContent("index.html", "! Schlichte Folge");

        site.BuildOk(now: "2026-12-03T06:00");
        Assert.Contains("Schlichte Folge", site.Read("podcast/feed.xml"));
        site.AssertFileContent("index.html", """
            Neueste Podcast-Folgen
            Schlichte Folge
            """);
    }

    [Fact]
    public void A_site_without_a_podcast_folder_has_no_podcast_pages()
    {
        using var site = new TestSite("-- input/pages/a.md --\n---\ntitle: A\n---\nText\n");
        site.BuildOk();
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("podcast/", StringComparison.Ordinal));
        site.AssertFileContent("index.html", "! Neueste Podcast-Folgen");
    }
}
