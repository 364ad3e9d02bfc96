using System.Globalization;
using Microsoft.Playwright;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browser;

/// <summary>
/// What JavaScript may add on top of the readable pages: the episode player's chapter seeking and the search.
/// These skip, naming why, while the sample site has no episode page or no search page.
/// </summary>
public abstract partial class SiteInBrowserChecks<TSite>
{
    private const string ChapterSelector = "[data-chapter-start]";

    [SkippableFact]
    public async Task The_episode_player_loads_its_audio()
    {
        Fixture.RequireBrowser();
        SitePage? episode = EpisodePages().FirstOrDefault();
        Skip.If(episode is null, "the sample site has no episode page (an HTML page under /podcast/ with an <audio> element)");

        await using PageProbe probe = await Fixture.OpenAsync();
        VisitResult visit = await probe.VisitAsync(episode!);
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));

        // preload="none" is a fair choice for a player; then loading starts when the listener asks for it.
        await probe.Page.EvaluateAsync("() => { const a = document.querySelector('audio'); if (a.preload === 'none') { a.preload = 'metadata'; a.load(); } }");
        await WaitForAudio(probe.Page, "audio.readyState >= 1", $"{episode}: the audio did not load its metadata");
        string? error = await probe.Page.EvaluateAsync<string?>("() => { const e = document.querySelector('audio').error; return e ? e.code + ' ' + e.message : null; }");
        Assert.Null(error);
        double duration = await probe.Page.EvaluateAsync<double>("() => document.querySelector('audio').duration");
        Assert.True(duration > 0, $"{episode}: the audio has no duration");
    }

    [SkippableFact]
    public async Task A_chapter_link_moves_the_player_to_its_start_from_the_keyboard()
    {
        Fixture.RequireBrowser();
        IReadOnlyList<SitePage> episodes = EpisodePages();
        Skip.If(episodes.Count == 0, "the sample site has no episode page (an HTML page under /podcast/ with an <audio> element)");
        SitePage? episode = episodes.FirstOrDefault(p => Fixture.Site.ReadPage(p).Contains("data-chapter-start", StringComparison.Ordinal));
        Skip.If(episode is null, $"no episode page has chapter links ({ChapterSelector})");

        await using PageProbe probe = await Fixture.OpenAsync();
        await probe.VisitAsync(episode!);

        // The latest chapter start: the one furthest from where the player starts, so a seek that does nothing fails.
        ILocator chapters = probe.Page.Locator(ChapterSelector);
        int count = await chapters.CountAsync();
        (ILocator Link, double Start) target = (chapters.First, -1);
        for (int i = 0; i < count; i++)
        {
            string raw = await chapters.Nth(i).GetAttributeAsync("data-chapter-start") ?? "";
            Assert.True(double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double start),
                $"{episode}: data-chapter-start=\"{raw}\" is not a number of seconds");
            if (start > target.Start) target = (chapters.Nth(i), start);
        }

        Assert.True(target.Start > 0, $"{episode}: every chapter starts at 0 s, so seeking cannot be told apart from not seeking");

        // Record where the player seeks to: a player that just plays on would pass the chapter start by itself.
        await probe.Page.EvaluateAsync("() => { const a = document.querySelector('audio'); window.seekedTo = []; a.addEventListener('seeking', () => window.seekedTo.push(a.currentTime)); }");
        await target.Link.FocusAsync();
        await probe.Page.Keyboard.PressAsync("Enter");
        string seconds = target.Start.ToString(CultureInfo.InvariantCulture);
        await WaitForAudio(probe.Page, $"audio.readyState >= 1 && window.seekedTo.some(t => Math.abs(t - {seconds}) <= 0.5)",
            $"{episode}: after the chapter link at {target.Start} s the player did not seek there");
        await probe.Page.EvaluateAsync("() => document.querySelector('audio').pause()");
    }

    [SkippableFact]
    public void Every_episode_page_offers_a_transcript()
    {
        // Runs on the built HTML, so it needs no browser; WCAG 1.2.1 asks for a text alternative to audio.
        Assert.Null(Fixture.Site.Failure);
        IReadOnlyList<SitePage> episodes = EpisodePages();
        Skip.If(episodes.Count == 0, "the sample site has no episode page (an HTML page under /podcast/ with an <audio> element)");
        var without = episodes
            .Where(p => !Fixture.Site.ReadPage(p).Contains("transcript", StringComparison.OrdinalIgnoreCase) &&
                        !Fixture.Site.ReadPage(p).Contains("transkript", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.True(without.Count == 0, $"episode pages without a transcript (or a link to one): {string.Join(", ", without)}");
    }

    [SkippableFact]
    public async Task Search_finds_a_post_by_a_word_from_its_body()
    {
        Fixture.RequireBrowser();
        SitePage? search = SearchPage();
        Skip.If(search is null, "the sample site has no search page (no link rel=\"search\", no /suche/ or /search/)");
        SitePage? post = Fixture.Site.Pages().FirstOrDefault(p => p.UrlPath.StartsWith("/blog/", StringComparison.Ordinal) &&
            Fixture.Site.ReadPage(p).Contains("<article class=\"post", StringComparison.Ordinal));
        Assert.NotNull(post);

        await using PageProbe probe = await Fixture.OpenAsync();
        await probe.VisitAsync(post!);
        string word = await probe.Page.EvaluateAsync<string>("""
            () => (document.querySelector('.prose').innerText.match(/\p{L}{6,}/gu) || [])
                    .reduce((longest, w) => w.length > longest.length ? w : longest, '')
            """);
        Assert.False(string.IsNullOrEmpty(word), $"{post}: no word to search for");

        VisitResult visit = await probe.VisitAsync(search!, WaitUntilState.NetworkIdle);
        Assert.True(visit.Problems.Count == 0, string.Join("\n", visit.Problems));
        const string LinksTo = "(path) => [...document.querySelectorAll('a[href]')].filter(a => new URL(a.href).pathname === path).length";
        int before = await probe.Page.EvaluateAsync<int>(LinksTo, post!.UrlPath);
        await probe.Page.Locator("input[type=search]").First.PressSequentiallyAsync(word);
        try
        {
            await probe.Page.WaitForFunctionAsync($"(args) => ({LinksTo})(args.path) > args.before",
                new { path = post.UrlPath, before }, new PageWaitForFunctionOptions { Timeout = BrowserTools.ReactionTimeoutMs });
        }
        catch (System.TimeoutException)
        {
            Assert.Fail($"{search}: searching for '{word}' shows no link to {post.UrlPath}");
        }
    }

    private IReadOnlyList<SitePage> EpisodePages() => Fixture.Site.Pages()
        .Where(p => p.UrlPath.StartsWith("/podcast/", StringComparison.Ordinal) && Fixture.Site.ReadPage(p).Contains("<audio", StringComparison.Ordinal))
        .ToList();

    private SitePage? SearchPage()
    {
        IReadOnlyList<SitePage> pages = Fixture.Site.Pages();
        foreach (SitePage page in pages)
        {
            string html = Fixture.Site.ReadPage(page);
            var match = System.Text.RegularExpressions.Regex.Match(html, "<(?:link|a)\\b[^>]*\\brel=\"search\"[^>]*\\bhref=\"([^\"]+)\"|<(?:link|a)\\b[^>]*\\bhref=\"([^\"]+)\"[^>]*\\brel=\"search\"");
            if (!match.Success) continue;
            string href = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
            string path = Uri.TryCreate(href, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : href;
            if (pages.FirstOrDefault(p => p.UrlPath == path) is { } linked) return linked;
        }

        return pages.FirstOrDefault(p => p.UrlPath is "/suche/" or "/search/");
    }

    private static async Task WaitForAudio(IPage page, string condition, string failure)
    {
        try
        {
            await page.WaitForFunctionAsync($"() => {{ const audio = document.querySelector('audio'); return {condition}; }}",
                null, new PageWaitForFunctionOptions { Timeout = BrowserTools.ReactionTimeoutMs });
        }
        catch (System.TimeoutException)
        {
            string state = await page.EvaluateAsync<string>("() => { const a = document.querySelector('audio'); return `readyState ${a.readyState}, currentTime ${a.currentTime}, seeked to [${window.seekedTo || ''}], src ${a.currentSrc}, error ${a.error && a.error.code}`; }");
            Assert.Fail($"{failure} ({state})");
        }
    }
}
