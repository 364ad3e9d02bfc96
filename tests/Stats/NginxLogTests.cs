using System.Diagnostics;
using Sitecast.Tests.Browser;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A real nginx (Debian's, .ci/install.d/35-web-servers-stats.sh) serves the built site on 127.0.0.1 with its own
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
            await AppTraffic.SendAsync(port, nginx, site);
        }
        finally
        {
            nginx.Kill();
            await nginx.WaitForExitAsync();
        }

        AppTraffic.AssertCounted(site, accessLog);
    }
}
