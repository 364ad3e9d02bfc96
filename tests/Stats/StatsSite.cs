using System.Text.Json;
using Sitecast.Stats;
using Sitecast.Tests.Support;
using Spectre.Console;

namespace Sitecast.Tests.Stats;

/// <summary>
/// A podcast site with two real MP3 episodes for `stats`: "lang" (no-tags.mp3 five times over: 71.28 s, so a
/// download needs one minute of it, 300,000 of its 356,400 bytes) and "kurz" (plain.mp3, 1.5 s: the whole file).
/// </summary>
public sealed class StatsSite : IDisposable
{
    public const string LongAudio = "/podcast/audio/lang.mp3";
    public const string ShortAudio = "/podcast/audio/kurz.mp3";
    public const string Feed = "/podcast/feed.xml";
    public const long LongMinute = 300_000;

    public StatsSite(string baseUrl = "https://example.org/")
    {
        Site = PodcastFixtures.Site($"""
            -- site.yml --
            title: Test Site
            description: A site for tests
            baseUrl: {baseUrl}
            language: de
            timeZone: Europe/Berlin
            postsPerPage: 10
            authors:
              - id: anna
                name: Anna Beispiel
            -- podcast/lang.md --
            ---
            title: Die lange Folge <über> "Zwillinge" & mehr
            date: 2026-11-02T08:00
            ---
            -- podcast/kurz.md --
            ---
            title: Die kurze Folge
            date: 2026-11-05T08:00
            ---
            """);
        byte[] minute = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "fixtures", "audio", "no-tags.mp3"));
        Site.WriteBytes("podcast/lang.mp3", [.. minute, .. minute, .. minute, .. minute, .. minute]);
        Site.WriteBytes("podcast/kurz.mp3", PodcastFixtures.Audio("plain.mp3"));
        LongSize = new FileInfo(Path.Combine(Site.Root, "podcast", "lang.mp3")).Length;
        ShortSize = new FileInfo(Path.Combine(Site.Root, "podcast", "kurz.mp3")).Length;
    }

    public TestSite Site { get; }

    public string Root => Site.Root;

    public long LongSize { get; }

    public long ShortSize { get; }

    public string Logs => Path.Combine(Root, "logs");

    public string WriteLog(string name, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Logs);
        string path = Path.Combine(Logs, name);
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")));
        return path;
    }

    /// <summary>Runs `stats` into <paramref name="output"/> (default &lt;site&gt;/stats) and reads what it wrote.</summary>
    public StatsOutcome Run(IReadOnlyList<string> logs, string? output = null, DateOnly? from = null, DateOnly? to = null)
    {
        output ??= Path.Combine(Root, "stats");
        var console = new StringWriter();
        var errors = new StringWriter();
        IAnsiConsole ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(console),
        });
        int exit = StatsRun.Run(new StatsOptions
        {
            Logs = logs,
            SourceRoot = Root,
            OutputRoot = output,
            From = from,
            To = to,
            DefaultThemeRoot = RepoPaths.Theme,
        }, ansi, errors);
        return new StatsOutcome(exit, console.ToString(), errors.ToString(), output);
    }

    public void Dispose() => Site.Dispose();
}

/// <summary>What a run of `stats` printed and wrote.</summary>
public sealed record StatsOutcome(int Exit, string Console, string Errors, string Output)
{
    public string Page => File.ReadAllText(Path.Combine(Output, StatsRun.PageFile));

    public string Csv => File.ReadAllText(Path.Combine(Output, StatsRun.CsvFile));

    public JsonElement Json => JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, StatsRun.JsonFile))).RootElement;

    /// <summary>Downloads by episode title, from stats.json.</summary>
    public Dictionary<string, int> Downloads => Json.GetProperty("episodes").EnumerateArray()
        .ToDictionary(e => e.GetProperty("title").GetString()!, e => e.GetProperty("downloads").GetInt32());

    public int DownloadsOf(string titleStart) => Downloads.Single(d => d.Key.StartsWith(titleStart, StringComparison.Ordinal)).Value;
}
