using Microsoft.Playwright;
using Sitecast.Preview;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The injected script in a real browser: a page reloads after an edit and shows build errors over itself.</summary>
public sealed class PreviewBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";

    // How long the page may take to show a rebuild: generous, for a loaded 2-core runner with other browser tests
    // beside it. A page that never reloads still fails, only later.
    private const int RebuildWaitMs = 30_000;

    [SkippableFact]
    public async Task A_page_open_in_the_browser_reloads_after_an_edit_and_shows_build_errors()
    {
        Skip.IfNot(File.Exists(ChromiumPath), $"Chromium is not installed at {ChromiumPath}");
        using var site = new TestSite("""
            -- input/posts/2026-11-19-netzwerke.md --
            ---
            title: Netzwerke
            ---
            Erste Fassung.
            """);
        await using PreviewSession session = await PreviewSession.StartAsync(site.Options(), "127.0.0.1", 0, TextWriter.Null);
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(session.Address, "/blog/netzwerke/").ToString());
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Erste Fassung.')");
        // Wait until the page listens, then leave a mark that a reload wipes out.
        await WaitForListenerAsync(session);
        await page.EvaluateAsync("() => { window.sitecastMark = 1; }");

        site.Write("input/posts/2026-11-19-netzwerke.md", "---\ntitle: Netzwerke\n---\nZweite Fassung.\n");
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Zweite Fassung.')", null, new() { Timeout = RebuildWaitMs });
        Assert.Null(await page.EvaluateAsync<int?>("() => window.sitecastMark ?? null"));

        await WaitForListenerAsync(session);
        site.Write("input/posts/2026-11-19-netzwerke.md", "---\ntitle: Netzwerke\ndate: irgendwann\n---\nText.\n");
        ILocator overlay = page.Locator("[role=alert]");
        await overlay.WaitForAsync(new() { Timeout = RebuildWaitMs });
        string text = await overlay.InnerTextAsync();
        Assert.Contains("input/posts/2026-11-19-netzwerke.md:3:7: error: 'irgendwann' is not a date", text);
        // Underneath, the last good build is still there.
        Assert.Contains("Zweite Fassung.", await page.Locator("main").InnerTextAsync());

        site.Write("input/posts/2026-11-19-netzwerke.md", "---\ntitle: Netzwerke\n---\nDritte Fassung.\n");
        await page.WaitForFunctionAsync("() => document.body.innerText.includes('Dritte Fassung.')", null, new() { Timeout = RebuildWaitMs });
        Assert.Equal(0, await overlay.CountAsync());
    }

    private static async Task WaitForListenerAsync(PreviewSession session)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(RebuildWaitMs);
        while (session.ListenerCount == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(session.ListenerCount > 0, "the page never opened its event stream");
    }
}
