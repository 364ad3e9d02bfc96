using System.Diagnostics;
using System.Net.Http.Headers;
using Sitecast.Tests.Browser;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A real nginx (Debian's, .ci/install.d/35-nginx-stats.sh) serves the built site on 127.0.0.1 with its own
/// configuration in a temporary folder; podcast apps' User-Agents fetch episodes; its own access log is counted.
/// </summary>
public sealed class NginxLogTests
{
    private const string Nginx = "/usr/sbin/nginx";

    [SkippableFact]
    public async Task Nginx_own_access_log_gives_the_downloads_that_were_made()
    {
        Skip.IfNot(File.Exists(Nginx), $"nginx is not installed at {Nginx} (apt-get install nginx)");
        using var site = new StatsSite();
        site.Site.BuildOk();
        int port = StaticSiteServer.FreePort();
        string prefix = Path.Combine(site.Root, "nginx");
        Directory.CreateDirectory(Path.Combine(prefix, "logs"));
        string accessLog = Path.Combine(prefix, "logs", "access.log");
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            daemon off;
            master_process off;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                access_log {{accessLog}} combined;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    root {{site.Site.Output}};
                }
            }
            """);

        using Process nginx = Process.Start(new ProcessStartInfo(Nginx)
        {
            ArgumentList = { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-e", Path.Combine(prefix, "logs", "error.log") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilListening(http, nginx);

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
        finally
        {
            nginx.Kill();
            await nginx.WaitForExitAsync();
        }

        StatsOutcome run = site.Run([accessLog]);

        Assert.True(run.Exit == 0, run.Errors);
        // Eight requests and the OPTIONS probe that waited for nginx to listen.
        Assert.Equal(9, run.Json.GetProperty("logs").GetProperty("lines").GetInt32());
        Assert.Equal(0, run.Json.GetProperty("logs").GetProperty("unreadable").GetInt32());
        Assert.Equal(2, run.DownloadsOf("Die lange Folge"));
        Assert.Equal(1, run.DownloadsOf("Die kurze Folge"));
        Assert.Equal(1, run.Json.GetProperty("logs").GetProperty("botRequests").GetInt32());
        Assert.DoesNotContain("127.0.0.1", run.Page + run.Csv + File.ReadAllText(Path.Combine(run.Output, "stats.json")));
    }

    private static async Task WaitUntilListening(HttpClient http, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (server.HasExited) Assert.Fail($"the server stopped: {await server.StandardError.ReadToEndAsync()}");
            try
            {
                using var probe = new HttpRequestMessage(HttpMethod.Options, "/");
                await http.SendAsync(probe);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail("the server did not answer within 10 seconds");
    }
}
