using Microsoft.Playwright;
using Sitecast.Tests.Browser;
using Xunit;

namespace Sitecast.Tests.Stats;

/// <summary>The report page passes axe (WCAG 2.1 AA) in Chromium and the Nu HTML Checker, as the theme's pages do, and asks no other host for anything.</summary>
public sealed class StatsPageInBrowserTests
{
    [SkippableFact]
    public async Task The_report_page_passes_axe_and_the_Nu_HTML_Checker_without_other_hosts()
    {
        string? missing = BrowserTools.BrowserMissing() ?? BrowserTools.ValidatorMissing();
        Skip.If(missing is not null, missing);
        using var site = new StatsSite();
        var lines = TruthLog.Events(site).Select(e => e.Combined()).Append("garbage <b>line</b>");
        StatsOutcome run = site.Run([site.WriteLog("access.log", lines)]);
        Assert.Equal(0, run.Exit);

        IReadOnlyList<string> invalid = await NuHtmlChecker.ErrorsAsync([Path.Combine(run.Output, "index.html")]);
        Assert.True(invalid.Count == 0, string.Join("\n", invalid));

        int port = StaticSiteServer.FreePort();
        await using StaticSiteServer server = await StaticSiteServer.StartAsync(run.Output, port);
        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTools.Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
        });
        IPage page = await browser.NewPageAsync();
        var foreign = new List<string>();
        await page.RouteAsync(url => !url.StartsWith(server.Origin, StringComparison.Ordinal), async route =>
        {
            foreign.Add(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        IResponse? response = await page.GotoAsync(server.Origin + "/index.html");
        Assert.Equal(200, response?.Status);

        IReadOnlyList<string> violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.Empty(foreign);

        // Each chart is an image named by its title, with a table of its numbers for screen readers.
        Assert.Equal(4, await page.Locator("svg[role=img]").CountAsync());
        Assert.Equal("Downloads pro Folge", await page.GetByRole(AriaRole.Img, new() { Name = "Downloads pro Folge" }).First.Locator("title").TextContentAsync());
        Assert.True(await page.Locator("table").CountAsync() >= 5);
        Assert.Equal("6", (await page.Locator("table").First.Locator("tbody tr", new() { HasText = "Die lange Folge" }).Locator("td.number").TextContentAsync())?.Trim());
    }
}
