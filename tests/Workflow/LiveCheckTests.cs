using Sitecast.Cli;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// `check --live` against a real nginx on 127.0.0.1 (https with a certificate made for the test), serving a site
/// built for it: set up as docs/deployment.md says, it passes; each broken setup fails naming its URL and rule.
/// </summary>
public sealed class LiveCheckTests
{
    private const string Episode = """
        -- podcast/plain.md --
        ---
        date: 2026-11-10
        guid: 5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0001
        ---
        -- podcast/plain.chapters.json --
        {"version": "1.2.0", "chapters": [{"startTime": 0, "title": "Anfang"}]}
        -- podcast/plain.vtt --
        WEBVTT

        00:00:00.000 --> 00:00:01.400
        <v Anna>Eine schlichte Folge.
        """;

    private const string Types = """
        text/html html; application/xml xml; application/json json; text/vtt vtt; audio/mpeg mp3; audio/ogg opus;
        image/jpeg jpg; text/css css; text/javascript js; image/svg+xml svg;
        """;

    // The nginx example of docs/deployment.md: CORS on chapters and transcripts; ranges and ETags are nginx's defaults.
    private const string Clean = """
        location ~ (chapters\.json|\.vtt|\.srt)$ {
          add_header Access-Control-Allow-Origin "*";
        }
        """;

    [SkippableFact]
    public void A_host_set_up_as_the_readme_says_passes()
    {
        var (exit, output, errors) = CheckLive(Clean, Types);
        Assert.True(exit == 0, errors);
        Assert.Contains("(1 media file(s), 1 chapters file(s), 1 transcript(s), 1 GUID(s)): every rule holds", output);
        Assert.DoesNotContain("error:", errors);
    }

    [SkippableTheory]
    [InlineData("ranges off", "podcast/audio/plain.mp3", "range", "answered 200 to \"Range: bytes=0-1\" instead of 206 Partial Content")]
    [InlineData("302 on the mp3", "podcast/audio/plain.mp3", "redirect", "answered 302 with a redirect")]
    [InlineData("no cors on chapters", "podcast/plain/chapters.json", "cors", "sends no Access-Control-Allow-Origin header")]
    [InlineData("mp3 as octet-stream", "podcast/audio/plain.mp3", "mime", "is served as 'application/octet-stream' instead of 'audio/mpeg'")]
    [InlineData("no conditional get", "podcast/feed.xml", "etag", "answered 200 to a conditional GET (If-Modified-Since) instead of 304")]
    public void A_broken_host_fails_naming_the_url_and_the_rule(string setup, string path, string rule, string message)
    {
        var (serverBlock, types) = setup switch
        {
            "ranges off" => ("max_ranges 0;\n" + Clean, Types),
            "302 on the mp3" => ("location = /podcast/audio/plain.mp3 { return 302 /podcast/audio/elsewhere.mp3; }\n" + Clean, Types),
            "no cors on chapters" => ("location ~ \\.vtt$ { add_header Access-Control-Allow-Origin \"*\"; }", Types),
            "mp3 as octet-stream" => (Clean, Types.Replace("audio/mpeg mp3;", "")),
            "no conditional get" => ("etag off;\nif_modified_since off;\n" + Clean, Types),
            _ => throw new ArgumentOutOfRangeException(nameof(setup)),
        };

        var (exit, _, errors) = CheckLive(serverBlock, types);

        Assert.Equal(1, exit);
        Assert.Contains($"/{path}: [{rule}] {message}", errors);
        // Only the broken rule fails.
        Assert.All(errors.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)), l => Assert.Contains($"[{rule}]", l));
    }

    [SkippableFact]
    public void An_episode_the_live_feed_published_but_the_local_build_lacks_fails_the_guid_rule()
    {
        // Removed on purpose locally (so podcast/published.yml no longer lists it), still on the live host.
        var (exit, _, errors) = CheckLive(Clean, Types, site =>
        {
            File.Delete(Path.Combine(site.Root, "podcast/plain.mp3"));
            var removed = Sitecast.Build.SiteBuilder.BuildAsync(site.Options(output: Path.Combine(site.Root, "local")) with { AllowRemovedEpisodes = true }).GetAwaiter().GetResult();
            Assert.True(removed.Succeeded, string.Join("\n", removed.Diagnostics));
        });
        Assert.Equal(1, exit);
        Assert.Contains("[guids] the live feed has the episode \"Schlichte Folge\" with GUID 5b4c1f43-1a7a-4f43-9a7a-2f0b9d7c0001", errors);
    }

    [SkippableFact]
    public void A_host_without_https_fails_the_https_rule_for_the_feed_and_every_file()
    {
        var (exit, _, errors) = CheckLive(Clean, Types, https: false);
        Assert.Equal(1, exit);
        string[] failures = errors.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, failures.Length);
        Assert.All(failures, f => Assert.Contains("[https] is not served over https", f));
        foreach (string path in new[] { "podcast/feed.xml", "podcast/audio/plain.mp3", "podcast/plain/chapters.json", "podcast/plain/transcript.vtt" })
            Assert.Contains(failures, f => f.Contains("/" + path + ":"));
    }

    [SkippableFact]
    public void An_audio_file_replaced_after_the_build_fails_the_length_rule()
    {
        var (exit, _, errors) = CheckLive(Clean, Types, deployed: output => File.AppendAllText(Path.Combine(output, "podcast/audio/plain.mp3"), "extra"));
        Assert.Equal(1, exit);
        long built = new FileInfo(PodcastFixtures.PathOf("plain.mp3")).Length;
        Assert.Contains($"/podcast/audio/plain.mp3: [length] is {built + 5} bytes long, but the feed says {built}", errors);
    }

    /// <summary>Builds the site for nginx's address, serves it, then runs `check --live` on the (changed) sources.</summary>
    private static (int Exit, string Output, string Errors) CheckLive(string serverBlock, string types, Action<TestSite>? changeSources = null,
        bool https = true, Action<string>? deployed = null)
    {
        using TestSite site = PodcastFixtures.Site(Episode, 1400, "plain.mp3");
        int port = LocalHub.FreePort();
        string baseUrl = $"{(https ? "https" : "http")}://127.0.0.1:{port}/";
        var build = Sitecast.Build.SiteBuilder.BuildAsync(site.Options() with { BaseUrl = baseUrl }).GetAwaiter().GetResult();
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        deployed?.Invoke(site.Output);
        using var nginx = new LocalNginx(site.Output, port, serverBlock, types, https);

        changeSources?.Invoke(site);
        var output = new StringWriter();
        var errors = new StringWriter();
        string checkOutput = Path.Combine(site.Root, "checked");
        int exit = CheckRunner.RunAsync(site.Options(output: checkOutput) with { BaseUrl = baseUrl }, false, output, errors, nginx.Url, nginx.Handler())
            .GetAwaiter().GetResult();
        return (exit, output.ToString(), errors + "\n" + nginx.Config);
    }
}
