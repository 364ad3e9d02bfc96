using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>Rotated logs (gzipped, overlapping, named in any order) give the same figures as the one log they were cut from.</summary>
public sealed class RotatedLogTests
{
    [Fact]
    public void Rotated_overlapping_and_gzipped_logs_give_the_figures_of_the_one_log()
    {
        using var site = new StatsSite();
        List<string> lines = TruthLog.Events(site).Select(e => e.Combined()).ToList();
        // The same requests twice in one second are two requests, in whichever file they are.
        lines.Insert(10, lines[9]);
        string whole = site.WriteLog("whole.log", lines);

        // access.log.2.gz: the oldest third, compressed; access.log.1: the middle; access.log: the newest, plus a
        // copy of the middle's last lines (a log copied before rotation): that overlap must be counted once.
        int third = lines.Count / 3;
        string oldest = Gzip(site, "access.log.2.gz", lines[..third]);
        string middle = site.WriteLog("access.log.1", lines[third..(2 * third)]);
        string newest = site.WriteLog("access.log", lines[(2 * third - 5)..]);

        StatsOutcome one = site.Run([whole], Path.Combine(site.Root, "one"));
        StatsOutcome rotated = site.Run([newest, oldest, middle], Path.Combine(site.Root, "rotated"));

        Assert.Equal(0, rotated.Exit);
        Assert.Equal(Figures(one), Figures(rotated));
        Assert.Equal(TruthLog.LongDownloads, rotated.DownloadsOf("Die lange Folge"));
        Assert.Equal(5, rotated.Json.GetProperty("logs").GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public void A_log_and_its_copy_count_once()
    {
        using var site = new StatsSite();
        var lines = TruthLog.Events(site).Select(e => e.Combined()).ToList();
        string log = site.WriteLog("access.log", lines);
        string copy = Gzip(site, "access.log.1.gz", lines);

        StatsOutcome run = site.Run([log, copy]);

        Assert.Equal(TruthLog.LongDownloads, run.DownloadsOf("Die lange Folge"));
        Assert.Equal(TruthLog.ShortDownloads, run.DownloadsOf("Die kurze Folge"));
        Assert.Equal(lines.Count, run.Json.GetProperty("logs").GetProperty("duplicates").GetInt32());
    }

    internal static string Gzip(StatsSite site, string name, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(site.Logs);
        string path = Path.Combine(site.Logs, name);
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        using (var writer = new StreamWriter(gzip))
            foreach (string line in lines) writer.Write(line + "\n");
        return path;
    }

    /// <summary>stats.json without its "logs" part (lines read and duplicates differ by design).</summary>
    private static string Figures(StatsOutcome run)
    {
        JsonObject json = JsonNode.Parse(File.ReadAllText(Path.Combine(run.Output, "stats.json")))!.AsObject();
        json.Remove("logs");
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
