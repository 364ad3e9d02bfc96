using System.Text.Json;
using System.Xml.Linq;
using Sitecast.Audio;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class TagChapterTests
{
    [Fact]
    public void Chapters_read_from_the_tags_reach_the_feed_the_json_file_and_the_page()
    {
        // The sample episodes carry ID3v2 CHAP/CTOC frames (made by podcast/make-sample-episodes.sh).
        string audio = Path.Combine(RepoPaths.Root, "podcast", "01-aarhus.mp3");
        IReadOnlyList<Chapter> chapters = AudioReader.Read(audio).Chapters;
        // A reader that loses the chapters must fail here, not turn the test into a skip.
        Assert.Equal(["Begrüßung", "Offene Daten", "Ausblick"], chapters.Select(c => c.Title));

        using TestSite site = PodcastFixtures.Site("-- podcast/aarhus.md --\n---\ndate: 2026-10-22\n---\n", 1400);
        site.WriteBytes("podcast/aarhus.mp3", File.ReadAllBytes(audio));
        site.BuildOk();

        XNamespace psc = FeedNamespaces.Psc;
        var fromFeed = XDocument.Parse(site.Read("podcast/feed.xml")).Descendants(psc + "chapter")
            .Select(c => (c.Attribute("start")!.Value, c.Attribute("title")!.Value)).ToList();
        Assert.Equal(chapters.OrderBy(c => c.Start).Select(c => (EpisodeTimes.NormalPlayTime(c.Start), c.Title)), fromFeed);

        using JsonDocument json = JsonDocument.Parse(site.Read("podcast/aarhus/chapters.json"));
        Assert.Equal(chapters.Count, json.RootElement.GetProperty("chapters").GetArrayLength());
        foreach (Chapter chapter in chapters)
            site.AssertFileContent("podcast/aarhus/index.html", $"data-chapter-start=\"{EpisodeTimes.Seconds(chapter.Start)}\"");
    }

    [Fact]
    public void A_serial_podcast_needs_a_number_for_every_episode()
    {
        using TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-01\n---\n", 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\ntype: serial\n");
        var report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "podcast/plain.mp3" && d.Message.Contains("serial"));

        site.Write("podcast/plain.md", "---\ndate: 2026-11-01\nepisode: 1\n---\n");
        site.BuildOk();
        Assert.Contains("<itunes:type>serial</itunes:type>", site.Read("podcast/feed.xml"));
    }
}
