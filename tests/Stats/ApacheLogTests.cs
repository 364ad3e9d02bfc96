using System.Diagnostics;
using Sitecast.Tests.Browser;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A real Apache (Debian's apache2, .ci/install.d/35-web-servers-stats.sh) serves the built site on 127.0.0.1 with its own
/// configuration in a temporary folder, logging in Debian's "combined" format (bytes sent as %O, headers included);
/// podcast apps' User-Agents fetch episodes; its own access log is counted.
/// </summary>
public sealed class ApacheLogTests
{
    private const string Apache = "/usr/sbin/apache2";
    private const string Modules = "/usr/lib/apache2/modules";

    [SkippableFact]
    public async Task Apache_own_access_log_gives_the_downloads_that_were_made()
    {
        Skip.IfNot(File.Exists(Apache) && File.Exists(Path.Combine(Modules, "mod_mpm_event.so")),
            $"Apache is not installed at {Apache} (apt-get install apache2)");
        using var site = new StatsSite();
        site.Site.BuildOk();
        int port = StaticSiteServer.FreePort();
        string prefix = Path.Combine(site.Root, "apache");
        Directory.CreateDirectory(prefix);
        string accessLog = Path.Combine(prefix, "access.log");
        string config = Path.Combine(prefix, "httpd.conf");
        File.WriteAllText(config, $$"""
            ServerRoot {{prefix}}
            ServerName 127.0.0.1
            Listen 127.0.0.1:{{port}}
            PidFile {{prefix}}/httpd.pid
            ErrorLog {{prefix}}/error.log
            LoadModule mpm_event_module {{Modules}}/mod_mpm_event.so
            LoadModule authz_core_module {{Modules}}/mod_authz_core.so
            LoadModule mime_module {{Modules}}/mod_mime.so
            TypesConfig /etc/mime.types
            DocumentRoot {{site.Site.Output}}
            <Directory {{site.Site.Output}}>
                Require all granted
            </Directory>
            LogFormat "%h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"" combined
            CustomLog {{accessLog}} combined
            """);
        // Run as root (CI), Apache hands requests to an unprivileged user, who must be able to read the site.
        if (Environment.UserName == "root") File.AppendAllText(config, "\nUser nobody\nGroup nogroup\n");
        MakeReadable(site.Root);

        using Process apache = Process.Start(new ProcessStartInfo(Apache)
        {
            ArgumentList = { "-f", config, "-X" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        try
        {
            await AppTraffic.SendAsync(port, apache, site);
        }
        finally
        {
            apache.Kill();
            await apache.WaitForExitAsync();
        }

        AppTraffic.AssertCounted(site, accessLog);
    }

    private static void MakeReadable(string root)
    {
        for (string? folder = root; folder is not null && folder != Path.GetTempPath().TrimEnd('/'); folder = Path.GetDirectoryName(folder))
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        foreach (string entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.OtherRead
                | (Directory.Exists(entry) ? UnixFileMode.OtherExecute : 0));
    }
}
