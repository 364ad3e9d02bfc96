using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A real nginx (Debian's, <see cref="LocalNginx"/>) serves the built site on 127.0.0.1 with Debian's MIME types;
/// podcast apps' User-Agents fetch episodes; its own access log, in nginx's "combined" format, is counted.
/// </summary>
public sealed class NginxLogTests
{
    [SkippableFact]
    public async Task Nginx_own_access_log_gives_the_downloads_that_were_made()
    {
        using var site = new StatsSite();
        site.Site.BuildOk();
        string accessLog = Path.Combine(site.Root, "access.log");

        using (var nginx = new LocalNginx(site.Site.Output, LocalHub.FreePort(), https: false, accessLog: accessLog))
            await AppTraffic.SendAsync(nginx.Port, site);

        AppTraffic.AssertCounted(site, accessLog);
    }
}
