using System.IO.Compression;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>Garbage, a truncated gzip and hostile text are reported with file and line, never fatal, and never reach the report raw.</summary>
public sealed class HostileLogTests
{
    [Fact]
    public void Unreadable_lines_and_a_broken_gzip_are_reported_and_the_rest_is_counted()
    {
        using var site = new StatsSite();
        var events = TruthLog.Events(site);
        var lines = events.Select(e => e.Combined()).ToList();
        lines.Insert(3, "\u0001\u0002 this is not a log line <b>at all</b>");
        lines.Insert(7, "192.0.2.99 - - [10/Nov/2026:08:00:00 +0100] \"GET /podcast/audio/lang.mp3 HTTP/1.1"); // cut off
        lines.Insert(9, "{\"time\": \"gestern\", \"remote_addr\": \"192.0.2.98\"}");
        string log = site.WriteLog("access.log", lines);

        // A gzipped log cut off in the middle: what came before the cut is read, the run goes on.
        string whole = RotatedLogTests.Gzip(site, "full.gz", Enumerable.Range(0, 4000).Select(i =>
            new LogEvent(TruthLog.Start.AddDays(-3).AddSeconds(i), $"192.0.2.{i % 200}", "GET", "/", 200, 100, TruthLog.Apple).Combined()));
        byte[] bytes = File.ReadAllBytes(whole);
        string truncated = Path.Combine(site.Logs, "access.log.3.gz");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);
        File.Delete(whole);

        StatsOutcome run = site.Run([log, truncated]);

        Assert.True(run.Exit == 0, run.Errors);
        Assert.Equal(TruthLog.LongDownloads, run.DownloadsOf("Die lange Folge"));
        Assert.Equal(TruthLog.ShortDownloads, run.DownloadsOf("Die kurze Folge"));
        Assert.Contains("access.log:4: not a combined or JSON access log line", run.Errors);
        Assert.Contains("access.log:8: not a combined or JSON access log line", run.Errors);
        Assert.Contains("access.log:10: not a combined or JSON access log line", run.Errors);
        Assert.Matches(@"access\.log\.3\.gz: the compressed file breaks off after line \d+", run.Errors);
        // The three lines, the cut, and perhaps the half line before the cut.
        Assert.InRange(run.Json.GetProperty("logs").GetProperty("unreadable").GetInt32(), 4, 5);
        Assert.Contains("access.log:4:", run.Page);
        Assert.Contains("access.log.3.gz: the compressed file breaks off", run.Page);
        // Nothing of the lines themselves is shown.
        Assert.DoesNotContain("this is not a log line", run.Page + run.Errors);
    }

    [Fact]
    public void Hostile_text_in_a_request_never_reaches_the_report_unescaped()
    {
        using var site = new StatsSite();
        const string script = "<script>alert(1)</script>";
        var lines = TruthLog.Events(site).Select(e => e.Combined()).ToList();
        lines.Add(new LogEvent(TruthLog.Start.AddHours(30), "192.0.2.66", "GET", StatsSite.LongAudio, 200, site.LongSize,
            $"{script}\u0007\u001b[31m\" onload=\"x").Combined());
        lines.Add(new LogEvent(TruthLog.Start.AddHours(30), "192.0.2.67", "GET", $"/podcast/audio/{script}.mp3", 200, 1000, TruthLog.Apple).Combined());
        string log = site.WriteLog($"access-{script}.log".Replace('/', '_'), lines);

        StatsOutcome run = site.Run([log]);

        Assert.Equal(0, run.Exit);
        // The hostile User-Agent is a listener of an unknown app, counted as one.
        Assert.Equal(TruthLog.LongDownloads + 1, run.DownloadsOf("Die lange Folge"));
        foreach (string output in new[] { run.Page, run.Csv, File.ReadAllText(Path.Combine(run.Output, "stats.json")) })
        {
            Assert.DoesNotContain("<script", output, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("\u0007", output);
            Assert.DoesNotContain("\u001b", output);
            Assert.DoesNotContain("onload", output);
        }

        // The episode title, with its own < " &, is escaped in the page.
        Assert.Contains("Die lange Folge &lt;über&gt; &quot;Zwillinge&quot; &amp; mehr", run.Page);
    }
}
