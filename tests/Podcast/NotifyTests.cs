using Sitecast.Notify;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>`notify` against a WebSub hub and a pubnotify endpoint on 127.0.0.1, started by each test.</summary>
public sealed class NotifyTests
{
    private const string Episode = "-- podcast/plain.md --\n---\ndate: 2026-11-01\n---\n";
    private const string FeedUrl = "https://example.org/podcast/feed.xml";

    private static TestSite SiteFor(string hub)
    {
        TestSite site = PodcastFixtures.Site(Episode, 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", PodcastFixtures.PodcastYml + $"\nhub: {hub}\n");
        return site;
    }

    private static NotifyOptions Options(TestSite site, string? pubnotify = null, bool strict = false) => new()
    {
        FeedPath = Path.Combine(site.Output, "podcast", "feed.xml"),
        StatePath = Path.Combine(site.Root, ".sitecast-cache", "notify.txt"),
        PubnotifyUrl = pubnotify,
        Strict = strict,
        // Generous for a loaded runner: a hub that answers ends the wait at once; the test of a silent hub sets its own.
        Timeout = TimeSpan.FromSeconds(30),
        RetryDelay = TimeSpan.FromMilliseconds(50),
    };

    private static (int Exit, string Output, string Errors) Notify(NotifyOptions options)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = FeedNotifier.RunAsync(options, output, errors).GetAwaiter().GetResult();
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public void A_changed_feed_is_announced_once_and_an_unchanged_one_not_at_all()
    {
        using var hub = new LocalHub();
        using TestSite site = SiteFor(hub.Url("hub"));
        site.BuildOk();

        var first = Notify(Options(site, hub.Url("api/1.0/hub/pubnotify")));
        Assert.Equal(0, first.Exit);
        Assert.Equal(2, hub.Requests.Count);
        var publish = hub.Requests.Single(r => r.Path == "/hub");
        Assert.Equal("POST", publish.Method);
        Assert.Equal("hub.mode=publish&hub.url=" + Uri.EscapeDataString(FeedUrl), publish.Body);
        var pubnotify = hub.Requests.Single(r => r.Path == "/api/1.0/hub/pubnotify");
        Assert.Equal(("GET", "?url=" + Uri.EscapeDataString(FeedUrl)), (pubnotify.Method, pubnotify.Query));

        // Rebuilt with no change: the feed is byte-identical, nothing is sent.
        site.BuildOk();
        var again = Notify(Options(site, hub.Url("api/1.0/hub/pubnotify")));
        Assert.Equal(0, again.Exit);
        Assert.Contains("unchanged since the last notification", again.Output);
        Assert.Equal(2, hub.Requests.Count);

        // A new episode changes the feed: one more ping to each.
        site.WriteBytes("podcast/tagged.mp3", PodcastFixtures.Audio("tagged.mp3"));
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-20\n---\n");
        site.BuildOk();
        Assert.Equal(0, Notify(Options(site, hub.Url("api/1.0/hub/pubnotify"))).Exit);
        Assert.Equal(4, hub.Requests.Count);
    }

    [Fact]
    public void A_503_is_tried_again_and_then_succeeds()
    {
        using var hub = new LocalHub();
        using TestSite site = SiteFor(hub.Url("hub"));
        site.BuildOk();
        hub.AnswerNext(503, 503);

        var result = Notify(Options(site, strict: true));

        Assert.Equal(0, result.Exit);
        Assert.Equal(3, hub.Requests.Count);
        Assert.Contains("answered 503", result.Output);
        Assert.Contains("trying again", result.Output);
        Assert.Equal("", result.Errors);
    }

    [Fact]
    public void A_hub_that_keeps_failing_is_a_warning_and_the_next_run_tries_again()
    {
        using var hub = new LocalHub();
        using TestSite site = SiteFor(hub.Url("hub"));
        site.BuildOk();
        hub.AnswerNext(503, 503, 503);

        var result = Notify(Options(site));
        Assert.Equal(0, result.Exit);
        Assert.Contains($"warning: the WebSub hub {hub.Url("hub")} answered 503", result.Errors);
        Assert.Equal(3, hub.Requests.Count);

        // Nothing was recorded as notified, so the same feed is announced on the next run.
        Assert.Equal(0, Notify(Options(site)).Exit);
        Assert.Equal(4, hub.Requests.Count);
    }

    [Fact]
    public void A_refused_connection_is_a_clear_error_that_fails_only_with_strict()
    {
        string closed = $"http://127.0.0.1:{LocalHub.FreePort()}/hub";
        using TestSite site = SiteFor(closed);
        site.BuildOk();

        var lenient = Notify(Options(site));
        Assert.Equal(0, lenient.Exit);
        Assert.Contains($"warning: cannot reach the WebSub hub {closed}: connection refused", lenient.Errors);

        var strict = Notify(Options(site, strict: true));
        Assert.Equal(1, strict.Exit);
        Assert.Contains($"error: cannot reach the WebSub hub {closed}: connection refused", strict.Errors);
        Assert.False(File.Exists(Options(site).StatePath));
    }

    [Fact]
    public void A_hub_that_does_not_answer_in_time_is_reported()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        string silent = $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/hub";
        using TestSite site = SiteFor(silent);
        site.BuildOk();

        var result = Notify(Options(site, strict: true) with { Timeout = TimeSpan.FromMilliseconds(300), Attempts = 2 });

        Assert.Equal(1, result.Exit);
        Assert.Contains($"error: the WebSub hub {silent} did not answer within 0.3 s", result.Errors);
    }
}
