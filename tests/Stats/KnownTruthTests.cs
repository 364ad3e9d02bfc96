using System.Text.Json;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>`stats` on a log whose every line's meaning is known (TruthLog): the counted downloads equal the truth exactly.</summary>
public sealed class KnownTruthTests
{
    public static TheoryData<string> Formats => new() { "combined", "nginx-json", "caddy" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Downloads_bots_and_subscribers_equal_the_truth_in_every_log_format(string format)
    {
        using var site = new StatsSite();
        var events = TruthLog.Events(site);
        string log = site.WriteLog("access.log", events.Select(e => format switch
        {
            "combined" => e.Combined(),
            "nginx-json" => e.NginxJson(),
            _ => e.Caddy(),
        }));

        StatsOutcome run = site.Run([log]);

        Assert.True(run.Exit == 0, run.Errors);
        Assert.Equal(TruthLog.LongDownloads, run.DownloadsOf("Die lange Folge"));
        Assert.Equal(TruthLog.ShortDownloads, run.DownloadsOf("Die kurze Folge"));
        Assert.Equal(TruthLog.LongDownloads + TruthLog.ShortDownloads, run.Json.GetProperty("downloads").GetInt32());
        JsonElement logs = run.Json.GetProperty("logs");
        Assert.Equal(TruthLog.BotRequests, logs.GetProperty("botRequests").GetInt32());
        Assert.Equal(events.Count, logs.GetProperty("lines").GetInt32());
        Assert.Equal(0, logs.GetProperty("unreadable").GetInt32());

        // By app and device, from the OPAWG names.
        var apps = run.Json.GetProperty("apps").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("downloads").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["Apple Podcasts"] = 3, ["AntennaPod"] = 3, ["Spotify"] = 1, ["Overcast"] = 1 }, apps);

        // The launch curve: the long episode came out on 2 November, so 10 November is its ninth day.
        var launch = run.Json.GetProperty("episodes").EnumerateArray().First(e => e.GetProperty("title").GetString()!.StartsWith("Die lange", StringComparison.Ordinal))
            .GetProperty("launchDays").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        Assert.Equal(30, launch.Length);
        Assert.Equal(5, launch[8]);
        Assert.Equal(1, launch[9]);
        Assert.Equal(TruthLog.LongDownloads, launch.Sum());

        // Subscribers: Apple on both feed days, AntennaPod on one of two.
        JsonElement subscribers = run.Json.GetProperty("subscribers");
        Assert.Equal(2, subscribers.GetProperty("feedDays").GetInt32());
        var feed = subscribers.GetProperty("apps").EnumerateArray()
            .ToDictionary(a => a.GetProperty("name").GetString()!, a => (a.GetProperty("averagePerDay").GetDouble(), a.GetProperty("mostInADay").GetInt32()));
        Assert.Equal(new Dictionary<string, (double, int)> { ["Apple Podcasts"] = (1.0, 1), ["AntennaPod"] = (0.5, 1) }, feed);

        // The console summary shows the episodes' numbers.
        Assert.Contains("Die kurze Folge", run.Console);
        Assert.Matches(@"Total\s*│\s*│\s*8", run.Console);
    }

    [Fact]
    public void The_period_counts_only_the_days_asked_for()
    {
        using var site = new StatsSite();
        string log = site.WriteLog("access.log", TruthLog.Events(site).Select(e => e.Combined()));

        StatsOutcome run = site.Run([log], from: new DateOnly(2026, 11, 11), to: new DateOnly(2026, 11, 30));

        Assert.Equal(0, run.Exit);
        // Only the AntennaPod listener's second download (25 hours after the first) is on 11 November.
        Assert.Equal(1, run.DownloadsOf("Die lange Folge"));
        Assert.Equal(0, run.DownloadsOf("Die kurze Folge"));
        Assert.Equal("2026-11-11", run.Json.GetProperty("period").GetProperty("from").GetString());
    }

    [Fact]
    public void Two_runs_write_the_same_bytes_though_each_has_its_own_salt()
    {
        using var site = new StatsSite();
        string log = site.WriteLog("access.log", TruthLog.Events(site).Select(e => e.Combined()));

        StatsOutcome first = site.Run([log], Path.Combine(site.Root, "first"));
        StatsOutcome second = site.Run([log], Path.Combine(site.Root, "second"));

        foreach (string file in new[] { "index.html", "stats.json", "stats.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Output, file)), File.ReadAllBytes(Path.Combine(second.Output, file)));
        Assert.Equal(["index.html", "stats.csv", "stats.json"], Directory.GetFiles(first.Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_missing_log_is_an_error_that_names_it_and_writes_nothing()
    {
        using var site = new StatsSite();

        StatsOutcome run = site.Run([Path.Combine(site.Root, "logs", "nicht-da.log")]);

        Assert.Equal(2, run.Exit);
        Assert.Contains("nicht-da.log: no such log file", run.Errors);
        Assert.False(Directory.Exists(run.Output));
    }
}
