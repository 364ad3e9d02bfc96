using System.Net;
using Sitecast.Preview;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The preview end to end: build, serve, watch, rebuild, reload, and errors shown in the page.</summary>
public sealed class PreviewWatchTests
{
    private const string Files = """
        -- input/posts/2026-11-19-netzwerke.md --
        ---
        title: Netzwerke
        ---
        Erste Fassung.
        -- input/posts/2026-12-17-spaeter.md --
        ---
        title: Später
        ---
        Noch nicht veröffentlicht.
        -- input/posts/2026-11-05-entwurf.md --
        ---
        title: Entwurf
        draft: true
        ---
        Halb fertig.
        """;

    /// <summary>
    /// How long a test waits for the watcher to notice an edit and rebuild: generous, for a loaded 2-core runner
    /// with the browser tests beside it. A preview that never rebuilds still fails, only later.
    /// </summary>
    private static readonly TimeSpan RebuildWait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Drafts_and_scheduled_posts_are_previewed_and_marked_outside_site()
    {
        using var site = new TestSite(Files);
        await using PreviewSession session = await PreviewSession.StartAsync(site.Options(), "127.0.0.1", 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = session.Address };

        string scheduled = await http.GetStringAsync("/blog/spaeter/");
        string draft = await http.GetStringAsync("/blog/entwurf/");

        Assert.Contains("<span class=\"badge\">Geplant</span>", scheduled);
        Assert.Contains("<span class=\"badge\">Entwurf</span>", draft);
        Assert.Contains(ReloadScript.Marker, scheduled);
        Assert.False(Directory.Exists(site.Output), "the preview must not write site/");
        string onDisk = File.ReadAllText(Path.Combine(session.OutputRoot, "blog/spaeter/index.html"));
        Assert.DoesNotContain(ReloadScript.Marker, onDisk);

        // A normal build of the same site has no trace of the preview either.
        site.BuildOk(future: true, drafts: true);
        Assert.DoesNotContain(ReloadScript.Marker, site.Read("blog/spaeter/index.html"));
        Assert.DoesNotContain(ReloadScript.EventsPath, site.Read("index.html"));
    }

    [Fact]
    public async Task An_edited_post_is_served_anew_and_open_pages_are_told_to_reload()
    {
        using var site = new TestSite(Files);
        await using PreviewSession session = await PreviewSession.StartAsync(site.Options(), "127.0.0.1", 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = session.Address, Timeout = RebuildWait };
        Assert.Contains("Erste Fassung.", await http.GetStringAsync("/blog/netzwerke/"));
        using var events = new EventStream(http);
        await events.WaitUntilConnectedAsync(session);

        site.Edit("input/posts/2026-11-19-netzwerke.md", "Erste Fassung.", "Zweite Fassung.");

        string page = await PollAsync(http, "/blog/netzwerke/", html => html.Contains("Zweite Fassung.", StringComparison.Ordinal));
        Assert.Contains("Zweite Fassung.", page);
        Assert.Contains("event: reload", await events.WaitForAsync("event: reload"));
    }

    [Fact]
    public async Task Changes_to_site_yml_and_to_a_theme_created_later_are_picked_up()
    {
        using var site = new TestSite(Files);
        await using PreviewSession session = await PreviewSession.StartAsync(site.Options(), "127.0.0.1", 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = session.Address, Timeout = RebuildWait };

        site.Edit("site.yml", "title: Test Site", "title: Neuer Name");
        Assert.Contains("Neuer Name", await PollAsync(http, "/", html => html.Contains("Neuer Name", StringComparison.Ordinal)));

        // theme/ does not exist at the start: the watcher must notice the folder when it appears.
        site.Write("theme/assets/css/extra.css", "main { color: green; }\n");
        Assert.Contains("color: green", await PollAsync(http, "/assets/css/extra.css", css => css.Contains("green", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_broken_post_shows_its_path_and_line_in_the_page_while_the_last_good_build_is_served()
    {
        using var site = new TestSite(Files);
        await using PreviewSession session = await PreviewSession.StartAsync(site.Options(), "127.0.0.1", 0, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = session.Address, Timeout = RebuildWait };
        using var events = new EventStream(http);
        await events.WaitUntilConnectedAsync(session);
        int builds = session.BuildCount;

        site.Edit("input/posts/2026-11-19-netzwerke.md", "title: Netzwerke", "title: Netzwerke\ndate: irgendwann");

        string stream = await events.WaitForAsync("event: failed");
        string failed = FailureText(stream);
        Assert.True(failed.Contains("input/posts/2026-11-19-netzwerke.md:3:7: error: 'irgendwann' is not a date", StringComparison.Ordinal), failed);
        Assert.True(session.BuildCount > builds);
        Assert.Contains("Erste Fassung.", await http.GetStringAsync("/blog/netzwerke/"));
    }

    /// <summary>The text of the last "failed" event, as the page's script reads it (JSON.parse(data).text).</summary>
    private static string FailureText(string stream)
    {
        string[] lines = stream.Split('\n');
        int index = Array.LastIndexOf(lines, "event: failed");
        Assert.True(index >= 0 && index + 1 < lines.Length && lines[index + 1].StartsWith("data: ", StringComparison.Ordinal), stream);
        using var json = System.Text.Json.JsonDocument.Parse(lines[index + 1]["data: ".Length..]);
        return json.RootElement.GetProperty("text").GetString()!;
    }

    private static async Task<string> PollAsync(HttpClient http, string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + RebuildWait;
        string html = "";
        while (DateTime.UtcNow < deadline)
        {
            using HttpResponseMessage response = await http.GetAsync(path);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                html = await response.Content.ReadAsStringAsync();
                if (done(html)) return html;
            }

            await Task.Delay(100);
        }

        return html;
    }

    /// <summary>Reads the preview's event stream in the background, as a page would.</summary>
    private sealed class EventStream : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly System.Text.StringBuilder _received = new();
        private readonly Task _reader;

        public EventStream(HttpClient http)
        {
            _reader = Task.Run(async () =>
            {
                using var stream = await http.GetStreamAsync(ReloadScript.EventsPath, _stop.Token);
                using var reader = new StreamReader(stream);
                while (!_stop.IsCancellationRequested && await reader.ReadLineAsync(_stop.Token) is { } line)
                {
                    lock (_received) _received.Append(line).Append('\n');
                }
            });
        }

        public async Task WaitUntilConnectedAsync(PreviewSession session) =>
            await WaitForAsync("retry:");

        public async Task<string> WaitForAsync(string text)
        {
            var deadline = DateTime.UtcNow + RebuildWait;
            while (DateTime.UtcNow < deadline)
            {
                lock (_received)
                {
                    if (_received.ToString().Contains(text, StringComparison.Ordinal)) return _received.ToString();
                }

                await Task.Delay(50);
            }

            lock (_received) return _received.ToString();
        }

        public void Dispose()
        {
            _stop.Cancel();
            try { _reader.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
            _stop.Dispose();
        }
    }
}
