using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A real Apache (Debian's apache2, <see cref="LocalApache"/>) serves the built site on 127.0.0.1, logging in
/// Debian's "combined" format (bytes sent as %O, headers included); podcast apps' User-Agents fetch episodes; its
/// own access log is counted.
/// </summary>
public sealed class ApacheLogTests
{
    [SkippableFact]
    public async Task Apache_own_access_log_gives_the_downloads_that_were_made()
    {
        using var site = new StatsSite();
        site.Site.BuildOk();
        string accessLog = Path.Combine(site.Root, "access.log");

        using (var apache = new LocalApache(site.Site.Output, LocalHub.FreePort(), accessLog))
            await AppTraffic.SendAsync(apache.Port, site);

        AppTraffic.AssertCounted(site, accessLog);
    }
}
