using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A real web server serves the built site on 127.0.0.1: Debian's nginx (<see cref="LocalNginx"/>, with Debian's MIME
/// types, logging in nginx's "combined" format) or Debian's Apache (<see cref="LocalApache"/>, logging in Debian's
/// "combined" format, bytes sent as %O with headers included). Podcast apps' User-Agents fetch episodes; the
/// server's own access log is counted.
/// </summary>
public sealed class WebServerLogTests
{
    [SkippableTheory]
    [InlineData("nginx")]
    [InlineData("apache")]
    public async Task The_servers_own_access_log_gives_the_downloads_that_were_made(string server)
    {
        using var site = new StatsSite();
        site.Site.BuildOk();
        string accessLog = Path.Combine(site.Root, "access.log");
        int port = LocalHub.FreePort();

        using (Serve(server, site.Site.Output, port, accessLog))
            await AppTraffic.SendAsync(port, site);

        AppTraffic.AssertCounted(site, accessLog);
    }

    private static IDisposable Serve(string server, string root, int port, string accessLog) => server switch
    {
        "nginx" => new LocalNginx(root, port, https: false, accessLog: accessLog),
        "apache" => new LocalApache(root, port, accessLog),
        _ => throw new ArgumentOutOfRangeException(nameof(server)),
    };
}
