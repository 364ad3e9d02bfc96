using System.Net.Http.Headers;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// What podcast apps send a real web server in the server tests (nginx, Apache), and what its own access log must
/// then count.
/// </summary>
internal static class AppTraffic
{
    /// <summary>Sends the apps' requests to a server that listens (its helper waited for that).</summary>
    public static async Task SendAsync(int port, StatsSite site)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        async Task<long> Get(string path, string agent, string method = "GET", (long From, long? To)? range = null)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            request.Headers.TryAddWithoutValidation("User-Agent", agent);
            if (range is { } r) request.Headers.Range = new RangeHeaderValue(r.From, r.To);
            using HttpResponseMessage response = await http.SendAsync(request);
            return (await response.Content.ReadAsByteArrayAsync()).LongLength;
        }

        // Apple: the probe, then the rest as a range: one download. AntennaPod: a full GET: one.
        Assert.Equal(2, await Get(StatsSite.LongAudio, TruthLog.Apple, range: (0, 1)));
        Assert.Equal(site.LongSize - 2, await Get(StatsSite.LongAudio, TruthLog.Apple, range: (2, null)));
        Assert.Equal(site.LongSize, await Get(StatsSite.LongAudio, TruthLog.AntennaPod));
        // Overcast reads a third only: none. A HEAD and a bot: none.
        await Get(StatsSite.LongAudio, TruthLog.Overcast, range: (0, 100_000));
        await Get(StatsSite.LongAudio, TruthLog.Spotify, "HEAD");
        await Get(StatsSite.LongAudio, TruthLog.Googlebot);
        // The short episode, whole, with Spotify: one. The feed, by Apple.
        Assert.Equal(site.ShortSize, await Get(StatsSite.ShortAudio, TruthLog.Spotify));
        await Get(StatsSite.Feed, TruthLog.Apple);
    }

    /// <summary>The server's own log, counted: the downloads made, the bot, no client address in any output.</summary>
    public static void AssertCounted(StatsSite site, string accessLog)
    {
        StatsOutcome run = site.Run([accessLog]);

        Assert.True(run.Exit == 0, run.Errors);
        // The eight requests SendAsync makes and nothing else: the wait for the server to listen sends none.
        Assert.Equal(8, run.Json.GetProperty("logs").GetProperty("lines").GetInt32());
        Assert.Equal(0, run.Json.GetProperty("logs").GetProperty("unreadable").GetInt32());
        Assert.Equal(2, run.DownloadsOf("Die lange Folge"));
        Assert.Equal(1, run.DownloadsOf("Die kurze Folge"));
        Assert.Equal(1, run.Json.GetProperty("logs").GetProperty("botRequests").GetInt32());
        Assert.DoesNotContain("127.0.0.1", run.Page + run.Csv + File.ReadAllText(Path.Combine(run.Output, "stats.json")));
    }
}
