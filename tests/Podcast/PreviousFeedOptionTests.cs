using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Sitecast.Build;
using Sitecast.Cli;
using Sitecast.Diagnostics;
using Sitecast.Tests.Browser;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>
/// --previous-feed: the feed published before, as a file or a URL, remembered like the record. Here the site has no
/// record (a site whose feed another build or tool published), so only the named feed can catch a removal.
/// </summary>
public sealed class PreviousFeedOptionTests
{
    private const string Sidecars = """
        -- podcast/plain.md --
        ---
        date: 2026-11-10
        ---
        -- podcast/tagged.md --
        ---
        date: 2026-11-01
        ---
        """;

    /// <summary>Publishes the site once into its own folder, then removes one episode and the record.</summary>
    private static (string Published, string Guid) PublishThenRemoveAnEpisode(TestSite site)
    {
        string published = FreshRunner.EmptyFolder(site);
        BuildReport report = FreshRunner.Build(site, published);
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        string guid = FreshRunner.GuidsByTitle(published)["Schlichte Folge"];
        File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
        File.Delete(FreshRunner.RecordPath(site));
        return (published, guid);
    }

    private static void AssertRefusedNaming(BuildReport report, string guid, string origin, string output)
    {
        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains($"\"Schlichte Folge\" (GUID {guid}, known from {origin})", error.Message);
        Assert.Contains("--allow-removed-episodes", error.Hint);
        Assert.False(File.Exists(Path.Combine(output, "podcast", "feed.xml")));
    }

    [Fact]
    public void A_previous_feed_given_as_a_file_catches_a_removed_episode_on_a_fresh_runner()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        var (published, guid) = PublishThenRemoveAnEpisode(site);
        string feed = Path.Combine(published, "podcast", "feed.xml");

        // Without it the empty folder knows nothing: the removal would go through.
        string blind = FreshRunner.EmptyFolder(site);
        Assert.True(FreshRunner.Build(site, blind).Succeeded);

        File.Delete(FreshRunner.RecordPath(site));
        string output = FreshRunner.EmptyFolder(site);
        AssertRefusedNaming(FreshRunner.Build(site, output, o => o with { PreviousFeed = feed }), guid, feed, output);
    }

    [Fact]
    public async Task A_previous_feed_given_as_a_url_of_a_local_server_catches_a_removed_episode()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        var (published, guid) = PublishThenRemoveAnEpisode(site);
        await using StaticSiteServer server = await StaticSiteServer.StartAsync(published, StaticSiteServer.FreePort());
        string url = server.Origin + "/podcast/feed.xml";

        string output = FreshRunner.EmptyFolder(site);
        AssertRefusedNaming(FreshRunner.Build(site, output, o => o with { PreviousFeed = url }), guid, url, output);
    }

    [Fact]
    public async Task Without_a_value_it_fetches_the_sites_own_feed_at_its_base_url()
    {
        int port = StaticSiteServer.FreePort();
        using TestSite site = PodcastFixtures.Site(Sidecars + "\n-- site.yml --\n" +
            TestSite.DefaultSiteYml.Replace("https://example.org/", $"http://127.0.0.1:{port}/"), 1400, "plain.mp3", "tagged.mp3");
        var (published, guid) = PublishThenRemoveAnEpisode(site);
        await using StaticSiteServer server = await StaticSiteServer.StartAsync(published, port);

        string output = FreshRunner.EmptyFolder(site);
        AssertRefusedNaming(FreshRunner.Build(site, output, o => o with { PreviousFeed = "" }), guid,
            $"http://127.0.0.1:{port}/podcast/feed.xml", output);
    }

    [Fact]
    public void A_url_nobody_listens_on_is_a_warning_and_the_build_goes_on()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        string url = $"http://127.0.0.1:{StaticSiteServer.FreePort()}/podcast/feed.xml";

        BuildReport report = FreshRunner.Build(site, FreshRunner.EmptyFolder(site), o => o with { PreviousFeed = url });

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.StartsWith($"the previous feed {url} could not be fetched"));
    }

    [Fact]
    public async Task A_server_that_never_answers_is_a_warning_after_the_timeout_not_a_hang()
    {
        // Accepts connections and never says a word.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var held = new System.Collections.Concurrent.ConcurrentBag<TcpClient>();
        _ = Task.Run(async () =>
        {
            try { while (true) held.Add(await silent.AcceptTcpClientAsync()); } catch (Exception) { /* stopped */ }
        });
        string url = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/podcast/feed.xml";
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");

        var watch = Stopwatch.StartNew();
        BuildReport report = await SiteBuilder.BuildAsync(FreshRunner.Options(site, FreshRunner.EmptyFolder(site)) with
        {
            PreviousFeed = url,
            PreviousFeedTimeout = TimeSpan.FromSeconds(1),
        }).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Message.Contains("no answer within 1 s"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(90), $"the build took {watch.Elapsed}");
        foreach (TcpClient client in held) client.Dispose();
    }

    [Fact]
    public void A_named_file_that_is_not_a_feed_is_an_error()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3", "tagged.mp3");
        site.Write("alt.xml", "<html>kein Feed</html>");

        BuildReport report = FreshRunner.Build(site, FreshRunner.EmptyFolder(site), o => o with { PreviousFeed = Path.Combine(site.Root, "alt.xml") });

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("alt.xml cannot be read: it has no <channel>"));
    }

    [Fact]
    public void The_option_takes_a_url_a_file_or_nothing()
    {
        using TestSite site = PodcastFixtures.Site(Sidecars, 1400, "plain.mp3");
        site.Write("alt.xml", "<rss/>");
        BuildOptions? Parse(params string[] args)
        {
            var command = new Command("build");
            BuildCommand.AddOptionsTo(command);
            ParseResult parse = command.Parse(["--source", site.Root, .. args]);
            Assert.Empty(parse.Errors);
            return BuildCommand.TryCreateOptions(parse, out BuildOptions? options, out _) ? options : null;
        }

        Assert.Null(Parse()!.PreviousFeed);
        Assert.Equal("", Parse("--previous-feed", "--output", "public")!.PreviousFeed);
        Assert.Equal("https://podcast.example.org/feed", Parse("--previous-feed", "https://podcast.example.org/feed")!.PreviousFeed);
        Assert.Equal(Path.Combine(site.Root, "alt.xml"), Parse("--previous-feed", Path.Combine(site.Root, "alt.xml"))!.PreviousFeed);
        Assert.Null(Parse("--previous-feed", Path.Combine(site.Root, "fehlt.xml")));
    }
}
