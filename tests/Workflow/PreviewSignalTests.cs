using System.Diagnostics;
using System.Net.Sockets;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// `preview` run as a program and stopped as a terminal (Ctrl+C: SIGINT), a service manager, a container stop or
/// `kill` (SIGTERM) stop it: it ends within 2 s, exit code 0, and frees its port.
/// </summary>
public sealed class PreviewSignalTests
{
    [SkippableTheory]
    [InlineData(SitecastProcess.SIGTERM)]
    [InlineData(SitecastProcess.SIGINT)]
    public async Task The_preview_stops_cleanly_within_two_seconds_on_a_signal(int signal)
    {
        Skip.IfNot(SitecastProcess.CanResetSigint, "needs a POSIX system with /usr/bin/env");
        using var site = new TestSite("""
            -- input/posts/2026-01-05-hallo.md --
            ---
            title: Hallo
            ---
            Ein Beitrag.
            """);
        using SitecastProcess preview = SitecastProcess.Start(site.Root,
            ["preview", "--port", "0", "--now", "2026-11-28T10:00"], defaultSigint: true);

        string ready = preview.WaitForLine("preview: http://", TimeSpan.FromMinutes(2));
        var address = new Uri(ready.Split(' ')[1]);
        using (var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(20) })
            Assert.Contains("Hallo", await http.GetStringAsync("/blog/hallo/"));

        // The 2 s run from the signal: starting and the first build may take as long as a loaded runner needs.
        var sinceSignal = Stopwatch.StartNew();
        preview.Signal(signal);
        bool stopped = preview.WaitForExit(TimeSpan.FromSeconds(2));
        Assert.True(stopped, $"still running {sinceSignal.Elapsed.TotalSeconds:0.00} s after signal {signal}; output:\n{preview.Output}");

        Assert.Equal(0, preview.ExitCode);
        Assert.EndsWith("preview stopped\n", preview.Output);
        Assert.Equal("", preview.Errors);
        using var client = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => client.ConnectAsync(address.Host, address.Port));
    }
}
