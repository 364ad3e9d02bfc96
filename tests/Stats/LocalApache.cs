using System.Diagnostics;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>
/// Debian's Apache (apache2, .ci/install.d/35-web-servers-stats.sh), started by a test on 127.0.0.1 with its own
/// configuration in a temporary folder, serving <c>root</c> and logging in Debian's "combined" format (bytes sent as
/// %O, headers included). Tests skip where it is missing.
/// </summary>
internal sealed class LocalApache : IDisposable
{
    private const string Apache = "/usr/sbin/apache2";
    private const string Modules = "/usr/lib/apache2/modules";

    private readonly Process _process;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "sitecast-apache-" + Guid.NewGuid().ToString("N"));

    public LocalApache(string root, int port, string accessLog)
    {
        Skip.IfNot(File.Exists(Apache) && File.Exists(Path.Combine(Modules, "mod_mpm_event.so")),
            $"Apache is not installed at {Apache} (apt-get install apache2)");
        Directory.CreateDirectory(_folder);
        string config = Path.Combine(_folder, "httpd.conf");
        File.WriteAllText(config, $$"""
            ServerRoot {{_folder}}
            ServerName 127.0.0.1
            Listen 127.0.0.1:{{port}}
            PidFile {{_folder}}/httpd.pid
            ErrorLog {{_folder}}/error.log
            LoadModule mpm_event_module {{Modules}}/mod_mpm_event.so
            LoadModule authz_core_module {{Modules}}/mod_authz_core.so
            LoadModule mime_module {{Modules}}/mod_mime.so
            TypesConfig /etc/mime.types
            DocumentRoot {{root}}
            <Directory {{root}}>
                Require all granted
            </Directory>
            LogFormat "%h %l %u %t \"%r\" %>s %O \"%{Referer}i\" \"%{User-Agent}i\"" combined
            CustomLog {{accessLog}} combined
            """);
        // Run as root (CI), Apache hands requests to an unprivileged user, who must be able to read the site.
        if (Environment.UserName == "root") File.AppendAllText(config, "\nUser nobody\nGroup nogroup\n");
        MakeReadable(root);

        _process = Process.Start(new ProcessStartInfo(Apache)
        {
            ArgumentList = { "-f", config, "-X" },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        ListeningProcess.WaitUntilListening(_process, port, "Apache", ReadLog);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private string ReadLog()
    {
        string log = Path.Combine(_folder, "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    private static void MakeReadable(string root)
    {
        if (OperatingSystem.IsWindows()) return;
        for (string? folder = root; folder is not null && folder != Path.GetTempPath().TrimEnd('/'); folder = Path.GetDirectoryName(folder))
            File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        foreach (string entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(entry, File.GetUnixFileMode(entry) | UnixFileMode.OtherRead
                | (Directory.Exists(entry) ? UnixFileMode.OtherExecute : 0));
    }
}
