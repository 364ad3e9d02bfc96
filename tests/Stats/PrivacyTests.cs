using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>No client address and no User-Agent of the input appears in anything `stats` writes or prints.</summary>
public sealed class PrivacyTests
{
    [Fact]
    public void No_address_or_user_agent_from_the_logs_is_in_any_output()
    {
        using var site = new StatsSite();
        var events = TruthLog.Events(site);
        string combined = site.WriteLog("access.log", events.Select(e => e.Combined()));
        string json = site.WriteLog("caddy.log", events.Select(e => e.Caddy()));

        StatsOutcome run = site.Run([combined, json]);

        Assert.Equal(0, run.Exit);
        var written = Directory.GetFiles(run.Output, "*", SearchOption.AllDirectories)
            .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
            .Append(("console", run.Console))
            .Append(("errors", run.Errors))
            .ToList();
        Assert.Equal(5, written.Count);
        foreach (string client in TruthLog.Clients(site))
            foreach (var (name, text) in written)
                Assert.False(text.Contains(client, StringComparison.Ordinal), $"{name} contains the client address {client}");
        foreach (string agent in events.Select(e => e.UserAgent).Distinct())
            foreach (var (name, text) in written)
                Assert.False(text.Contains(agent, StringComparison.Ordinal), $"{name} contains the User-Agent {agent}");

        // And the page says so in plain words.
        Assert.Contains("Weder IP-Adressen noch Browserkennungen noch diese Schlüssel werden gespeichert", run.Page);
    }
}
