using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using Sitecast.Diagnostics;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>
/// The Podcasting 2.0 tags apps and directories use to show and find a show (trailer, soundbite, location,
/// podroll, txt, updateFrequency, images, socialInteract), the feed's move and its WebSub hub: set in a fixture,
/// read back by the parsers the tests use, podcast-partytime (the Podcast Index's) among them.
/// </summary>
public sealed class ReachTagTests
{
    private static readonly XNamespace Pod = FeedNamespaces.Podcast;
    private static readonly XNamespace Itunes = FeedNamespaces.Itunes;
    private static readonly XNamespace Atom = FeedNamespaces.Atom;

    private const string Channel = """

        trailers:
          - title: Der Trailer & mehr
            file: trailer/teaser.mp3
            date: 2026-10-01T06:00
            season: 1
        location:
          name: Musterstadt
          geo: 50.1,8.6
          osm: R62428
          country: DE
          rel: creator
        podroll:
          - feedGuid: 917393e3-1b1e-5cef-ace4-edaa54e1f810
            feedUrl: https://mp3s.nashownotes.com/pc20rss.xml
            title: Podcasting 2.0
        txt:
          - purpose: verify
            text: S6lpp-7ZCn8-dZfGc-OoyaG
        newFeedUrl: https://podcast.example.net/feed.xml
        hub: https://hub.example.org/
        """;

    private const string Sidecar = """
        -- podcast/plain.md --
        ---
        date: 2026-11-10
        location:
          name: Aarhus
          geo: geo:56.1567,10.2039
          country: DK
        soundbites:
          - start: 0.25
            duration: 0.75
            title: Der beste Satz
          - start: "0:01"
            duration: 0.4
        socialInteract:
          - protocol: activitypub
            uri: https://social.example.org/@twintalks/1
            accountId: "@twintalks"
            accountUrl: https://social.example.org/@twintalks
            priority: 1
        ---
        """;

    private static TestSite ReachSite(string channel = Channel, string sidecar = Sidecar)
    {
        TestSite site = PodcastFixtures.Site(sidecar, 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + channel);
        site.WriteBytes("podcast/trailer/teaser.mp3", PodcastFixtures.Audio("tagged.mp3"));
        return site;
    }

    [Fact]
    public void Every_tag_is_written_with_the_values_of_podcast_yml_and_the_sidecar()
    {
        using TestSite site = ReachSite();
        site.BuildOk();
        string xml = site.Read("podcast/feed.xml");
        XElement channel = XDocument.Parse(xml).Root!.Element("channel")!;

        XElement trailer = channel.Element(Pod + "trailer")!;
        Assert.Equal("Der Trailer & mehr", trailer.Value);
        Assert.Equal("https://example.org/podcast/audio/trailer/teaser.mp3", trailer.Attribute("url")!.Value);
        Assert.Equal("Thu, 01 Oct 2026 06:00:00 +0200", trailer.Attribute("pubdate")!.Value);
        Assert.Equal(new FileInfo(PodcastFixtures.PathOf("tagged.mp3")).Length.ToString(), trailer.Attribute("length")!.Value);
        Assert.Equal("audio/mpeg", trailer.Attribute("type")!.Value);
        Assert.Equal("1", trailer.Attribute("season")!.Value);
        // The trailer's audio is published, and is not an episode.
        Assert.Equal(PodcastFixtures.Audio("tagged.mp3"), File.ReadAllBytes(Path.Combine(site.Output, "podcast/audio/trailer/teaser.mp3")));
        Assert.Single(channel.Elements("item"));

        XElement location = channel.Element(Pod + "location")!;
        Assert.Equal(("Musterstadt", "geo:50.1,8.6", "R62428", "DE", "creator"),
            (location.Value, location.Attribute("geo")!.Value, location.Attribute("osm")!.Value, location.Attribute("country")!.Value,
                location.Attribute("rel")!.Value));
        XElement remote = channel.Element(Pod + "podroll")!.Element(Pod + "remoteItem")!;
        Assert.Equal("917393e3-1b1e-5cef-ace4-edaa54e1f810", remote.Attribute("feedGuid")!.Value);
        Assert.Equal("https://mp3s.nashownotes.com/pc20rss.xml", remote.Attribute("feedUrl")!.Value);
        XElement txt = channel.Element(Pod + "txt")!;
        Assert.Equal(("verify", "S6lpp-7ZCn8-dZfGc-OoyaG"), (txt.Attribute("purpose")!.Value, txt.Value));
        Assert.Equal("https://podcast.example.net/feed.xml", channel.Element(Itunes + "new-feed-url")!.Value);
        XElement hub = channel.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "hub");
        Assert.Equal("https://hub.example.org/", hub.Attribute("href")!.Value);

        // Derived from the site's 14-day cadence, starting with the first episode.
        XElement frequency = channel.Element(Pod + "updateFrequency")!;
        Assert.Equal(("Alle 14 Tage", "FREQ=WEEKLY;INTERVAL=2", "2026-11-10T00:00:00+01:00"),
            (frequency.Value, frequency.Attribute("rrule")!.Value, frequency.Attribute("dtstart")!.Value));

        // Every size of the cover the build made, each a file of the site.
        string[] srcset = channel.Element(Pod + "images")!.Attribute("srcset")!.Value.Split(", ");
        Assert.Equal(["1400w", "600w", "300w"], srcset.Select(s => s.Split(' ')[1]));
        foreach (string url in srcset.Select(s => s.Split(' ')[0]))
            Assert.True(site.Exists(url["https://example.org/".Length..]), url);

        XElement item = channel.Element("item")!;
        var soundbites = item.Elements(Pod + "soundbite").ToArray();
        Assert.Equal(["0.25|0.75|Der beste Satz", "1|0.4|"],
            soundbites.Select(s => $"{s.Attribute("startTime")!.Value}|{s.Attribute("duration")!.Value}|{s.Value}"));
        XElement itemLocation = item.Element(Pod + "location")!;
        Assert.Equal(("Aarhus", "geo:56.1567,10.2039", "DK"),
            (itemLocation.Value, itemLocation.Attribute("geo")!.Value, itemLocation.Attribute("country")!.Value));
        XElement social = item.Element(Pod + "socialInteract")!;
        Assert.Equal(("activitypub", "https://social.example.org/@twintalks/1", "@twintalks", "1"),
            (social.Attribute("protocol")!.Value, social.Attribute("uri")!.Value, social.Attribute("accountId")!.Value,
                social.Attribute("priority")!.Value));

        // The other .NET parsers still take the feed whole, the new elements as extensions.
        Assert.Single(FeedReader.ReadFromString(xml).Items);
        using var reader = XmlReader.Create(new StringReader(xml));
        SyndicationFeed syndication = SyndicationFeed.Load(reader);
        Assert.Equal("Der Trailer & mehr",
            syndication.ElementExtensions.Single(e => e.OuterName == "trailer" && e.OuterNamespace == FeedNamespaces.Podcast).GetObject<XElement>().Value);
        Assert.Equal(2, syndication.Items.Single().ElementExtensions.Count(e => e.OuterName == "soundbite"));
    }

    [SkippableFact]
    public void The_podcast_index_parser_reads_every_tag_back()
    {
        using TestSite site = ReachSite();
        site.BuildOk();
        JsonElement feed = Partytime.Parse(site.Read("podcast/feed.xml"));

        JsonElement trailer = feed.GetProperty("trailers")[0];
        Assert.Equal("Der Trailer & mehr", trailer.GetProperty("title").GetString());
        Assert.Equal("https://example.org/podcast/audio/trailer/teaser.mp3", trailer.GetProperty("url").GetString());
        Assert.Equal("2026-10-01T04:00:00.000Z", trailer.GetProperty("pubdate").GetString());
        Assert.Equal(1, trailer.GetProperty("season").GetInt32());
        Assert.Equal(new FileInfo(PodcastFixtures.PathOf("tagged.mp3")).Length, trailer.GetProperty("length").GetInt64());
        Assert.Equal("Musterstadt", feed.GetProperty("podcastLocation").GetProperty("name").GetString());
        Assert.Equal("geo:50.1,8.6", feed.GetProperty("podcastLocation").GetProperty("geo").GetString());
        Assert.Equal("R62428", feed.GetProperty("podcastLocation").GetProperty("osm").GetString());
        JsonElement remote = feed.GetProperty("podroll")[0];
        Assert.Equal("917393e3-1b1e-5cef-ace4-edaa54e1f810", remote.GetProperty("feedGuid").GetString());
        Assert.Equal("https://mp3s.nashownotes.com/pc20rss.xml", remote.GetProperty("feedUrl").GetString());
        Assert.Equal("verify", feed.GetProperty("podcastTxt")[0].GetProperty("purpose").GetString());
        Assert.Equal("S6lpp-7ZCn8-dZfGc-OoyaG", feed.GetProperty("podcastTxt")[0].GetProperty("value").GetString());
        Assert.Equal("https://podcast.example.net/feed.xml", feed.GetProperty("itunesNewFeedUrl").GetString());
        Assert.Equal("https://hub.example.org/", feed.GetProperty("pubsub").GetProperty("hub").GetString());
        Assert.Equal([1400, 600, 300], feed.GetProperty("podcastImages").EnumerateArray().Select(i => i.GetProperty("parsed").GetProperty("width").GetInt32()));

        JsonElement item = feed.GetProperty("items")[0];
        JsonElement soundbite = item.GetProperty("podcastSoundbites")[0];
        Assert.Equal((0.25, 0.75, "Der beste Satz"),
            (soundbite.GetProperty("startTime").GetDouble(), soundbite.GetProperty("duration").GetDouble(), soundbite.GetProperty("title").GetString()));
        Assert.Equal(2, item.GetProperty("podcastSoundbites").GetArrayLength());
        Assert.Equal("Aarhus", item.GetProperty("podcastLocation").GetProperty("name").GetString());
        Assert.Equal("geo:56.1567,10.2039", item.GetProperty("podcastLocation").GetProperty("geo").GetString());
        JsonElement social = item.GetProperty("podcastSocialInteraction")[0];
        Assert.Equal(("activitypub", "https://social.example.org/@twintalks/1", "@twintalks"),
            (social.GetProperty("platform").GetString(), social.GetProperty("url").GetString(), social.GetProperty("id").GetString()));
    }

    [SkippableFact]
    public void The_sample_feed_carries_trailer_locations_soundbites_frequency_and_images_for_twin_talks()
    {
        using SampleSite sample = SampleSite.Build("de");
        Assert.Null(sample.Failure);
        string xml = File.ReadAllText(Path.Combine(sample.Output, "podcast", "feed.xml"));
        XElement channel = XDocument.Parse(xml).Root!.Element("channel")!;
        Assert.Equal("FREQ=WEEKLY;INTERVAL=2", channel.Element(Pod + "updateFrequency")!.Attribute("rrule")!.Value);

        JsonElement feed = Partytime.Parse(xml);
        Assert.Equal("Twin Talks: der Trailer", feed.GetProperty("trailers")[0].GetProperty("title").GetString());
        Assert.True(File.Exists(Path.Combine(sample.Output, "podcast", "audio", "trailer", "trailer.mp3")));
        Assert.Equal(4, feed.GetProperty("podcastImages").GetArrayLength());
        JsonElement[] items = feed.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["Rotterdam", "Durban", "Chicago", "Aarhus"], items.Select(i => i.GetProperty("podcastLocation").GetProperty("name").GetString()));
        Assert.All(items, i => Assert.StartsWith("geo:", i.GetProperty("podcastLocation").GetProperty("geo").GetString()));
        Assert.All(items, i => Assert.Equal(1, i.GetProperty("podcastSoundbites").GetArrayLength()));
        // Aarhus also comes in Opus: an alternate encoding of the MP3, not an episode of its own.
        Assert.Equal(["audio/mpeg", "audio/ogg"], items[3].GetProperty("alternativeEnclosures").EnumerateArray().Select(a => a.GetProperty("type").GetString()));
    }

    [Theory]
    [InlineData("podcast/plain.md", 4, "geo: 91.5,10.2", "latitude 91.5 is not between -90 and 90")]
    [InlineData("podcast/plain.md", 4, "geo: Aarhus", "is not a place")]
    [InlineData("podcast/plain.md", 4, "osm: 12345", "is not an OpenStreetMap object")]
    [InlineData("podcast/plain.md", 11, "soundbite: 1.0", "past the episode's end")]
    [InlineData("podcast/plain.md", 11, "soundbite: abc", "is not a time")]
    [InlineData("podcast/plain.md", 14, "protocol: carrier-pigeon", "is not a socialInteract protocol")]
    public void A_wrong_sidecar_value_is_an_error_at_its_line(string file, int line, string change, string message)
    {
        string sidecar = change switch
        {
            "soundbite: 1.0" => Sidecar.Replace("duration: 0.4", "duration: 1.0"),
            "soundbite: abc" => Sidecar.Replace("start: \"0:01\"", "start: abc"),
            "protocol: carrier-pigeon" => Sidecar.Replace("protocol: activitypub", "protocol: carrier-pigeon"),
            "osm: 12345" => Sidecar.Replace("country: DK", "osm: 12345"),
            _ => Sidecar.Replace("geo: geo:56.1567,10.2039", change),
        };
        using TestSite site = ReachSite(sidecar: sidecar);
        AssertErrorAt(site, file, line, message);
    }

    [Theory]
    [InlineData("file: trailer/teaser.mp3", "", 21, "the trailer has no audio file")]
    [InlineData("file: trailer/teaser.mp3", "file: trailer/missing.mp3", 21, "is not an audio file in podcast/")]
    [InlineData("file: trailer/teaser.mp3", "file: ../site.yml", 21, "is not an audio file in podcast/")]
    [InlineData("date: 2026-10-01T06:00", "date: gestern", 21, "is not a date")]
    [InlineData("hub: https://hub.example.org/", "pubnotify: api.podcastindex.org", 39, "pubnotify 'api.podcastindex.org' is not an absolute URL")]
    [InlineData("geo: 50.1,8.6", "geo: 50.1,181", 26, "longitude 181 is not between -180 and 180")]
    [InlineData("country: DE", "country: Germany", 26, "is not an ISO 3166-1 alpha-2 code")]
    [InlineData("feedGuid: 917393e3-1b1e-5cef-ace4-edaa54e1f810", "feedGuid: podcasting-2", 32, "is not a GUID")]
    [InlineData("  - purpose: verify\n    text: S6lpp-7ZCn8-dZfGc-OoyaG", "  - purpose: verify", 36, "a txt entry has no text")]
    [InlineData("newFeedUrl: https://podcast.example.net/feed.xml", "newFeedUrl: http://podcast.example.net/feed.xml", 38, "is not an absolute https URL")]
    [InlineData("hub: https://hub.example.org/", "updateFrequency:\n  rrule: EVERY=FORTNIGHT", 40, "is not an RFC 5545 recurrence rule")]
    public void A_wrong_podcast_yml_value_is_an_error_at_its_line(string original, string change, int line, string message)
    {
        using TestSite site = ReachSite(channel: Channel.Replace(original, change));
        AssertErrorAt(site, "podcast/podcast.yml", line, message);
    }

    [Fact]
    public void A_feed_that_moves_without_a_pinned_podcast_guid_gets_a_warning_at_new_feed_url()
    {
        using TestSite site = ReachSite();
        var report = site.BuildOk();
        var warning = Assert.Single(report.Diagnostics, d => d.Message.Contains("the feed moves"));
        Assert.Equal(("podcast/podcast.yml", 38), (warning.Location.Path, warning.Location.Line));

        using TestSite pinned = ReachSite(channel: Channel + "\nguid: 917393e3-1b1e-5cef-ace4-edaa54e1f811\n");
        Assert.DoesNotContain(pinned.BuildOk().Diagnostics, d => d.Message.Contains("the feed moves"));
    }

    [Fact]
    public void Update_frequency_set_in_podcast_yml_overrides_the_cadence()
    {
        using TestSite site = ReachSite(channel: "\nupdateFrequency:\n  rrule: FREQ=MONTHLY;BYDAY=1TH\n  text: Monatlich\n  complete: true\n  dtstart: 2026-10-01T06:00:00+02:00\n");
        site.BuildOk();
        XElement frequency = XDocument.Parse(site.Read("podcast/feed.xml")).Descendants(Pod + "updateFrequency").Single();
        Assert.Equal(("Monatlich", "FREQ=MONTHLY;BYDAY=1TH", "true", "2026-10-01T06:00:00+02:00"),
            (frequency.Value, frequency.Attribute("rrule")!.Value, frequency.Attribute("complete")!.Value, frequency.Attribute("dtstart")!.Value));
    }

    [Fact]
    public void Hub_none_names_no_hub_and_the_default_is_a_public_hub()
    {
        using TestSite site = ReachSite(channel: "\nhub: none\n");
        site.BuildOk();
        Assert.DoesNotContain(XDocument.Parse(site.Read("podcast/feed.xml")).Descendants(Atom + "link"), l => l.Attribute("rel")!.Value == "hub");

        using TestSite plain = ReachSite(channel: "\n");
        plain.BuildOk();
        Assert.Contains(XDocument.Parse(plain.Read("podcast/feed.xml")).Descendants(Atom + "link"),
            l => l.Attribute("rel")!.Value == "hub" && l.Attribute("href")!.Value == PodcastConfig.DefaultHub);
    }

    private static void AssertErrorAt(TestSite site, string file, int line, string message)
    {
        var report = site.Build();
        Assert.False(report.Succeeded);
        var errors = report.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Diagnostic error = Assert.Single(errors, e => e.Message.Contains(message));
        Assert.True(errors.Count == 1, string.Join("\n", errors));
        Assert.Equal((file, line), (error.Location.Path, error.Location.Line));
        Assert.False(site.Exists("podcast/feed.xml"));
    }
}
