using System.Xml.Linq;
using Sitecast.Build;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class EpisodeGuidTests
{
    private const string Sidecar = """
        -- podcast/plain.md --
        ---
        date: 2026-11-10
        ---
        Shownotes.
        """;

    private static Dictionary<string, string> GuidsByTitle(TestSite site) =>
        XDocument.Parse(site.Read("podcast/feed.xml")).Descendants("item")
            .ToDictionary(i => i.Element("title")!.Value, i => i.Element("guid")!.Value);

    private static void Rename(TestSite site, string from, string to) =>
        File.Move(Path.Combine(site.Root, from), Path.Combine(site.Root, to));

    [Fact]
    public void A_renamed_audio_file_keeps_its_published_guid()
    {
        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3", "tagged.mp3");
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-01\n---\n");
        site.BuildOk();
        Dictionary<string, string> before = GuidsByTitle(site);

        // Renamed file and sidecar: a new slug, a new URL, but the same episode for podcast apps.
        Rename(site, "podcast/plain.mp3", "podcast/2026-11-10-schlicht.mp3");
        Rename(site, "podcast/plain.md", "podcast/2026-11-10-schlicht.md");
        site.BuildOk();

        Assert.Equal(before, GuidsByTitle(site));
        Assert.True(site.Exists("podcast/2026-11-10-schlicht/index.html"));
        Assert.False(site.Exists("podcast/plain/index.html"));
    }

    [Fact]
    public void An_edited_title_keeps_the_guid()
    {
        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3");
        site.BuildOk();
        string guid = Assert.Single(GuidsByTitle(site)).Value;

        site.Write("podcast/plain.md", "---\ntitle: Ein ganz neuer Titel\ndate: 2026-11-10\n---\nShownotes.\n");
        site.BuildOk();

        Assert.Equal(guid, GuidsByTitle(site)["Ein ganz neuer Titel"]);
    }

    [Fact]
    public void An_unpinned_guid_is_a_warning_with_the_line_to_pin_it_and_a_pinned_one_is_used()
    {
        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3");
        var report = site.BuildOk();
        string guid = Assert.Single(GuidsByTitle(site)).Value;

        var warning = Assert.Single(report.Diagnostics, d => d.Location.Path == "podcast/plain.md");
        Assert.Contains(guid, warning.Message);
        Assert.Equal($"add the line 'guid: {guid}' to the front matter of podcast/plain.md", warning.Hint);

        site.Write("podcast/plain.md", $"---\ndate: 2026-11-10\nguid: {guid}\n---\nShownotes.\n");
        report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, d => d.Location.Path == "podcast/plain.md");
        Assert.Equal(guid, Assert.Single(GuidsByTitle(site)).Value);
    }

    [Fact]
    public void A_vanished_episode_is_an_error_naming_it_and_the_published_site_stays()
    {
        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3", "tagged.mp3");
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-01\n---\n");
        site.BuildOk();
        string guid = GuidsByTitle(site)["Schlichte Folge"];
        byte[] feedBefore = File.ReadAllBytes(Path.Combine(site.Output, "podcast/feed.xml"));

        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("podcast/podcast.yml", error.Location.Path);
        Assert.Contains("\"Schlichte Folge\"", error.Message);
        Assert.Contains(guid, error.Message);
        Assert.Contains("--allow-removed-episodes", error.Hint);
        Assert.Equal(feedBefore, File.ReadAllBytes(Path.Combine(site.Output, "podcast/feed.xml")));
    }

    [Fact]
    public async Task A_vanished_episode_is_accepted_when_retired_in_podcast_yml_or_allowed_on_the_command_line()
    {
        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3", "tagged.mp3");
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-01\n---\n");
        site.BuildOk();
        string guid = GuidsByTitle(site)["Schlichte Folge"];
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));

        BuildReport allowed = await SiteBuilder.BuildAsync(site.Options() with { AllowRemovedEpisodes = true });
        Assert.True(allowed.Succeeded, string.Join("\n", allowed.Diagnostics));
        Assert.DoesNotContain("Schlichte Folge", site.Read("podcast/feed.xml"));

        // The next build compares with that feed: nothing vanishes any more. Restore, build, delete again, retire.
        site.WriteBytes("podcast/plain.mp3", PodcastFixtures.Audio("plain.mp3"));
        site.BuildOk();
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + $"\nretired:\n  - {guid}\n");
        site.BuildOk();
        Assert.DoesNotContain("Schlichte Folge", site.Read("podcast/feed.xml"));
    }

    [Fact]
    public void A_pinned_guid_that_differs_from_the_published_one_is_an_error_at_the_pin()
    {
        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3");
        site.BuildOk();
        string published = Assert.Single(GuidsByTitle(site)).Value;

        site.Write("podcast/plain.md", "---\ndate: 2026-11-10\nguid: 11111111-2222-3333-4444-555555555555\n---\nShownotes.\n");
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Location.ToString() == "podcast/plain.md:3:7" && d.Message.Contains(published));
    }

    [Fact]
    public void Two_episodes_with_one_guid_are_an_error_naming_both()
    {
        using TestSite site = PodcastFixtures.Site("", 1400, "plain.mp3", "tagged.mp3");
        site.Write("podcast/plain.md", "---\ndate: 2026-11-10\nguid: same-guid\n---\n");
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-11\nguid: same-guid\n---\n");
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "podcast/plain.mp3" && d.Message.Contains("podcast/plain.mp3 and podcast/tagged.mp3"));
    }

    [Fact]
    public void The_podcast_guid_is_uuid5_of_the_feed_url_and_can_be_pinned()
    {
        // The specification's own examples.
        Assert.Equal("9b024349-ccf0-5f69-a609-6b82873eab3c", Uuid5.ForFeedUrl("https://podnews.net/rss").ToString());
        Assert.Equal("917393e3-1b1e-5cef-ace4-edaa54e1f810", Uuid5.ForFeedUrl("http://mp3s.nashownotes.com/pc20rss.xml").ToString());
        Assert.Equal("9b024349-ccf0-5f69-a609-6b82873eab3c", Uuid5.ForFeedUrl("podnews.net/rss/").ToString());

        using TestSite site = PodcastFixtures.Site(Sidecar, 1400, "plain.mp3");
        var report = site.BuildOk();
        string derived = Uuid5.ForFeedUrl("https://example.org/podcast/feed.xml").ToString();
        Assert.Contains(report.Diagnostics, d => d.Location.Path == "podcast/podcast.yml" && d.Hint == $"add the line 'guid: {derived}' to podcast/podcast.yml");

        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + "\nguid: 44d55118-d724-592f-919a-273910534c88\n");
        report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, d => d.Location.Path == "podcast/podcast.yml");
        XNamespace pod = FeedNamespaces.Podcast;
        Assert.Equal("44d55118-d724-592f-919a-273910534c88", XDocument.Parse(site.Read("podcast/feed.xml")).Descendants(pod + "guid").Single().Value);
    }
}
