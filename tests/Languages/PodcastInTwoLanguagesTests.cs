using System.Xml.Linq;
using CodeHollow.FeedReader;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Languages;

/// <summary>A podcast on a site in German and English: translated sidecars, episode pages in both, one feed or two.</summary>
public sealed class PodcastInTwoLanguagesTests
{
    private const string Files = """
        -- site.yml --
        title: Stadtlabor
        description: Notizen aus dem Rathaus
        baseUrl: https://example.org/
        timeZone: Europe/Berlin
        languages:
          - code: de
          - code: en
            title: City Lab
        -- podcast/plain.md --
        ---
        title: Die schlichte Folge
        date: 2026-11-10
        description: Eine Beschreibung aus dem Sidecar.
        episode: 1
        slug: schlicht
        guid: 5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0001
        ---
        Die Shownotes der schlichten Folge.
        -- podcast/plain.en.md --
        ---
        title: The plain episode
        description: A description from the English sidecar.
        ---
        The show notes of the plain episode.
        -- podcast/plain.vtt --
        WEBVTT

        00:00:00.000 --> 00:00:01.400
        <v Anna>Eine schlichte Folge.
        -- podcast/tagged.md --
        ---
        date: 2026-11-20T18:30
        guid: 5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0002
        ---
        Nur auf Deutsch.
        """;

    private static TestSite Site(string podcastYml = "")
    {
        TestSite site = PodcastFixtures.Site(Files, 1400, "tagged.mp3", "plain.mp3");
        if (podcastYml.Length > 0) site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\n" + podcastYml);
        return site;
    }

    [Fact]
    public void The_record_of_published_episodes_is_written_for_a_site_in_two_languages()
    {
        // The episodes are read with a language's own context; the record they stage must reach the build's commit.
        using TestSite site = Site();
        site.BuildOk();
        string record = Path.Combine(site.Root, "podcast", "published.yml");
        Assert.True(File.Exists(record), "a build in two languages must write podcast/published.yml");
        string text = File.ReadAllText(record);
        Assert.Contains("5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0001", text);
        Assert.Contains("5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0002", text);
    }

    [Fact]
    public void A_translated_episode_has_a_page_in_each_language_and_its_audio_is_published_once()
    {
        using TestSite site = Site();
        site.BuildOk();
        site.AssertFileContent("en/podcast/schlicht/index.html", """
            <html lang="en">
            <h1>The plain episode</h1>
            The show notes of the plain episode.
            <source src="/podcast/audio/plain.mp3"
            <a href="/podcast/schlicht/transcript.vtt">
            <p lang="de"><time
            <link rel="alternate" hreflang="de" href="https://example.org/podcast/schlicht/">
            <a href="/podcast/schlicht/" hreflang="de" lang="de">Deutsch</a>
            """);
        site.AssertFileContent("podcast/schlicht/index.html", """
            <h1>Die schlichte Folge</h1>
            <link rel="alternate" hreflang="en" href="https://example.org/en/podcast/schlicht/">
            """);
        // Not translated: no English page; the English podcast page lists it in German, marked as German.
        Assert.False(site.Exists("en/podcast/tagged/index.html"));
        string index = site.Read("en/podcast/index.html");
        Assert.Contains("<h3><a href=\"/en/podcast/schlicht/\">The plain episode</a></h3>", index);
        Assert.Matches("<h3 lang=\"de\"><a href=\"/podcast/[a-z0-9-]+/\">", index);

        Assert.Single(site.OutputFiles(), f => f.EndsWith("plain.mp3", StringComparison.Ordinal));
        Assert.Single(site.OutputFiles(), f => f.EndsWith("tagged.mp3", StringComparison.Ordinal));
        // One feed (the default): the German one, and no English feed.
        Assert.False(site.Exists("en/podcast/feed.xml"));
        Assert.Contains("href=\"https://example.org/podcast/feed.xml\"", site.Read("en/podcast/schlicht/index.html"));
        site.AssertFileContent("en/search-index.json", """
            The plain episode
            ! Die schlichte Folge
            """);
    }

    [Fact]
    public void With_separate_feeds_the_english_feed_has_its_own_language_guids_and_the_same_audio()
    {
        using TestSite site = Site("""
            feeds: separate
            translations:
              en:
                title: Test and Co Cast
                description: A podcast for tests.
            """);
        site.BuildOk();
        Feed english = FeedReader.ReadFromString(site.Read("en/podcast/feed.xml"));
        Feed german = FeedReader.ReadFromString(site.Read("podcast/feed.xml"));
        Assert.Equal("Test and Co Cast", english.Title);
        Assert.Equal("en", english.Language);
        Assert.Equal("de", german.Language);
        Assert.Equal(["The plain episode"], english.Items.Select(i => i.Title));
        Assert.Equal(2, german.Items.Count);

        XNamespace podcast = "https://podcastindex.org/namespace/1.0";
        XDocument en = XDocument.Parse(site.Read("en/podcast/feed.xml")), de = XDocument.Parse(site.Read("podcast/feed.xml"));
        var enGuids = en.Descendants("item").Select(i => i.Element("guid")!.Value).ToList();
        var deGuids = de.Descendants("item").Select(i => i.Element("guid")!.Value).ToList();
        Assert.Empty(enGuids.Intersect(deGuids));
        Assert.NotEqual(de.Descendants(podcast + "guid").Single().Value, en.Descendants(podcast + "guid").Single().Value);
        Assert.Equal(de.Descendants("item").Single(i => i.Element("title")!.Value == "Die schlichte Folge").Element("enclosure")!.Attribute("url")!.Value,
            en.Descendants("item").Single().Element("enclosure")!.Attribute("url")!.Value);
        // The English pages announce the English feed.
        Assert.Contains("href=\"https://example.org/en/podcast/feed.xml\"", site.Read("en/podcast/schlicht/index.html"));

        // The same GUIDs in the next build.
        site.BuildOk();
        Assert.Equal(enGuids, XDocument.Parse(site.Read("en/podcast/feed.xml")).Descendants("item").Select(i => i.Element("guid")!.Value));
    }

    [Fact]
    public void A_sidecar_for_a_language_the_site_does_not_have_is_an_error_naming_it()
    {
        using TestSite site = Site();
        site.Write("podcast/plain.fr.md", "---\ntitle: L'épisode\n---\n");
        var report = site.Build();
        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("podcast/plain.fr.md: error: unknown language code 'fr'", StringComparison.Ordinal));
    }
}
