using Microsoft.Playwright;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browser;

/// <summary>
/// Shared by the tests of one class: the sample site built in one language, served on 127.0.0.1, and one
/// Chromium. Nothing here throws when a tool is missing; tests ask <see cref="BrowserMissing"/> and skip.
/// </summary>
public abstract class BrowserSiteFixture : IAsyncLifetime
{
    // Quiet, offline Chromium: no sandbox (CI runs as root), no GPU, no calls home of its own.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
    ];

    private IPlaywright? _playwright;

    protected BrowserSiteFixture(string language) => Language = language;

    public string Language { get; }

    public SampleSite Site { get; private set; } = null!;

    public StaticSiteServer? Server { get; private set; }

    public IBrowser? Browser { get; private set; }

    /// <summary>Why the browser tests cannot run (tool missing), or null.</summary>
    public string? BrowserMissing { get; private set; }

    public string Origin => Server?.Origin ?? throw new InvalidOperationException("the site is not served");

    public async Task InitializeAsync()
    {
        // The site is built for the address it is served from, so even absolute links stay on this host.
        int port = StaticSiteServer.FreePort();
        Site = SampleSite.Build(Language, $"http://127.0.0.1:{port}/");
        BrowserMissing = BrowserTools.BrowserMissing();
        if (BrowserMissing is not null || Site.Failure is not null) return;

        Server = await StaticSiteServer.StartAsync(Site.Output, port);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTools.Chromium,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser context (no cookies, no cache) with the given options, and one page probed in it.</summary>
    public async Task<PageProbe> OpenAsync(BrowserNewContextOptions? options = null)
    {
        IBrowserContext context = await Browser!.NewContextAsync(options ?? new BrowserNewContextOptions());
        return await PageProbe.OpenAsync(context, Server!.Port);
    }

    /// <summary>Skips the test when a tool is missing and fails it when the sample site did not build.</summary>
    public void RequireBrowser()
    {
        Skip.If(BrowserMissing is not null, BrowserMissing);
        Assert.Null(Site.Failure);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Server is not null) await Server.DisposeAsync();
        Site?.Dispose();
    }
}
