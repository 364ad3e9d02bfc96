using System.Xml.Linq;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Podcast;
using Sitecast.Tests.Browser;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>`import-guids FEED`: a podcast moving here from another host keeps the GUIDs its subscribers' apps know.</summary>
public sealed class GuidImportTests
{
    // GUIDs as other hosts write them: a permalink URL with a query, a tag URI with spaces around it, an id in CDATA.
    private const string PermalinkGuid = "https://old-host.example.com/?p=12&episode=schlicht";
    private const string TagGuid = "tag:old-host.example.com,2024:episode/2";

    private static string ForeignFeed(long taggedLength) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
          <channel>
            <title>Alter Host</title>
            <podcast:guid>0b5b8a1e-6a4f-5f3d-9c1e-6d1f2a3b4c5d</podcast:guid>
            <item>
              <title>Schlichte Folge beim alten Host</title>
              <guid>https://old-host.example.com/?p=12&amp;episode=schlicht</guid>
              <pubDate>Tue, 10 Nov 2026 06:00:00 +0100</pubDate>
              <enclosure url="https://media.old-host.example.com/shows/plain.mp3?from=feed" length="1" type="audio/mpeg"/>
            </item>
            <item>
              <title>Zweite Folge</title>
              <guid isPermaLink="false">
                {TagGuid}
              </guid>
              <pubDate>1 Nov 2026 06:00 GMT</pubDate>
              <enclosure url="https://dts.podtrac.example.com/redirect.mp3/ep2-final.mp3" length="{taggedLength}" type="audio/mpeg"/>
            </item>
          </channel>
        </rss>
        """;

    private static TestSite MovedSite()
    {
        TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-10\n---\n-- podcast/tagged.md --\n---\ndate: 2026-11-01\n---\n",
            1400, "plain.mp3", "tagged.mp3");
        site.Write("old-feed.xml", ForeignFeed(new FileInfo(PodcastFixtures.PathOf("tagged.mp3")).Length));
        return site;
    }

    private static int Import(TestSite site, string feed, StringWriter? output = null) =>
        GuidImport.Run(site.Root, feed, TimeSpan.FromSeconds(10), output ?? new StringWriter(), TextWriter.Null);

    [Fact]
    public void Imported_guids_that_are_urls_are_kept_byte_for_byte_in_the_next_feed()
    {
        using TestSite site = MovedSite();
        var output = new StringWriter();
        Assert.Equal(BuildReport.Success, Import(site, Path.Combine(site.Root, "old-feed.xml"), output));
        Assert.Contains($"{PermalinkGuid} \"Schlichte Folge beim alten Host\": podcast/plain.mp3", output.ToString());
        Assert.Contains($"{TagGuid} \"Zweite Folge\": podcast/tagged.mp3", output.ToString());

        // Built on a fresh runner: the record alone ties each audio file to its old GUID.
        string published = FreshRunner.EmptyFolder(site);
        BuildReport report = FreshRunner.Build(site, published);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Dictionary<string, string> guids = FreshRunner.GuidsByTitle(published);
        Assert.Equal(PermalinkGuid, guids["Schlichte Folge"]);
        Assert.Equal(TagGuid, guids.Single(g => g.Key != "Schlichte Folge").Value);
        string feed = File.ReadAllText(Path.Combine(published, "podcast", "feed.xml"));
        Assert.Contains("<guid isPermaLink=\"false\">https://old-host.example.com/?p=12&amp;episode=schlicht</guid>", feed);
        XNamespace pod = FeedNamespaces.Podcast;
        Assert.Equal("0b5b8a1e-6a4f-5f3d-9c1e-6d1f2a3b4c5d", XDocument.Parse(feed).Descendants(pod + "guid").Single().Value);

        // And they stay: the record the build rewrote still has them, and the old publication dates.
        string record = File.ReadAllText(FreshRunner.RecordPath(site));
        Assert.Contains($"guid: \"{PermalinkGuid}\"", record);
        Assert.Contains("published: 2026-11-01T06:00:00+00:00", record);
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
        Assert.Equal(record, File.ReadAllText(FreshRunner.RecordPath(site)));
    }

    [Fact]
    public async Task The_old_feed_can_be_imported_from_its_url_and_wins_over_guids_a_build_gave_before()
    {
        using TestSite site = MovedSite();
        // A build before the import gave the episodes new GUIDs; no app knows those.
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
        string folder = Path.Combine(site.Root, "old-host");
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(site.Root, "old-feed.xml"), Path.Combine(folder, "feed.xml"));
        await using StaticSiteServer server = await StaticSiteServer.StartAsync(folder, StaticSiteServer.FreePort());

        Assert.Equal(BuildReport.Success, Import(site, server.Origin + "/feed.xml"));
        string published = FreshRunner.EmptyFolder(site);
        BuildReport report = FreshRunner.Build(site, published);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Equal(PermalinkGuid, FreshRunner.GuidsByTitle(published)["Schlichte Folge"]);
    }

    [Fact]
    public void An_old_episode_without_its_audio_here_stops_the_build_until_it_is_added_or_retired()
    {
        using TestSite site = MovedSite();
        File.Delete(Path.Combine(site.Root, "podcast/tagged.mp3"));
        File.Delete(Path.Combine(site.Root, "podcast/tagged.md"));
        var output = new StringWriter();
        Assert.Equal(BuildReport.Success, Import(site, Path.Combine(site.Root, "old-feed.xml"), output));
        Assert.Contains($"{TagGuid} \"Zweite Folge\": no audio file in podcast/ has its name or size", output.ToString());

        BuildReport report = FreshRunner.Build(site, FreshRunner.EmptyFolder(site));
        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains($"\"Zweite Folge\" (GUID {TagGuid}", error.Message);

        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + $"\nretired:\n  - \"{TagGuid}\"\n");
        Assert.True(FreshRunner.Build(site, FreshRunner.EmptyFolder(site)).Succeeded);
    }

    [Fact]
    public void A_feed_that_cannot_be_read_changes_nothing()
    {
        using TestSite site = MovedSite();
        site.Write("kaputt.xml", "<rss><channel><item>");
        var errors = new StringWriter();

        int code = GuidImport.Run(site.Root, Path.Combine(site.Root, "kaputt.xml"), TimeSpan.FromSeconds(5), TextWriter.Null, errors);

        Assert.Equal(BuildReport.ContentErrors, code);
        Assert.Contains("cannot read the feed", errors.ToString());
        Assert.False(File.Exists(FreshRunner.RecordPath(site)));
    }
}
