using Microsoft.Playwright;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browser;

/// <summary>
/// The sample in both languages: every check of <see cref="SiteInBrowserChecks{TSite}"/> over the German and the English
/// pages, and what only a site in two languages has: the language switcher, used by keyboard as a screen reader
/// names it, and a search per language.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BilingualSiteInBrowserTests(BilingualSampleSite site) : SiteInBrowserChecks<BilingualSampleSite>(site)
{
    private const string EnglishPost = "/en/blog/three-cities-one-goal-what-connected-urban-twins-has-changed/";
    private const string GermanPost = "/blog/drei-staedte-ein-ziel-was-connected-urban-twins-veraendert-hat/";

    [SkippableFact]
    public async Task The_switcher_leads_by_keyboard_from_an_english_page_to_its_german_original_and_back()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync();
        await probe.VisitAsync(new SitePage("", EnglishPost));

        // What a screen reader announces: a navigation named "Language" with links named in their own language.
        ILocator switcher = probe.Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Language" });
        ILocator german = switcher.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "Deutsch", Exact = true });
        Assert.Equal("de", await german.GetAttributeAsync("lang"));
        Assert.Equal("page", await switcher.GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "English" }).GetAttributeAsync("aria-current"));

        await TabToAsync(probe.Page, "Deutsch");
        await PressEnterAndWaitForAsync(probe.Page, GermanPost);
        Assert.Equal("de", await probe.Page.Locator("html").GetAttributeAsync("lang"));

        ILocator back = probe.Page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Sprache" })
            .GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = "English", Exact = true });
        Assert.Equal("en", await back.GetAttributeAsync("lang"));
        await TabToAsync(probe.Page, "English");
        await PressEnterAndWaitForAsync(probe.Page, EnglishPost);
    }

    [SkippableFact]
    public async Task Every_english_page_reaches_a_german_page_in_one_click()
    {
        Fixture.RequireBrowser();
        var problems = new List<string>();
        var pages = Fixture.Site.Pages().Where(p => p.File.StartsWith("en/", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} English pages");
        await using PageProbe probe = await Fixture.OpenAsync();
        foreach (SitePage page in pages)
        {
            await probe.VisitAsync(page);
            ILocator german = probe.Page.Locator("nav.language-switcher a[hreflang=de]");
            if (await german.CountAsync() != 1) { problems.Add($"{page}: no link to German in the switcher"); continue; }
            // Waits for the linked page by its address (a load state read right after the click may still be the
            // English page's), and arms the wait before the click, for the reason given at PressEnterAndWaitForAsync.
            string target = new Uri(new Uri(probe.Page.Url), await german.GetAttributeAsync("href")).AbsoluteUri;
            try
            {
                Task arrived = probe.Page.WaitForURLAsync(url => url == target,
                    new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load, Timeout = BrowserTools.ReactionTimeoutMs });
                await german.ClickAsync();
                await arrived;
            }
            catch (System.TimeoutException timeout)
            {
                problems.Add($"{page}: the link to German, {target}, led nowhere; the page is {probe.Page.Url} ({timeout.Message.Split('\n')[0]})");
                continue;
            }

            if (await probe.Page.Locator("html").GetAttributeAsync("lang") != "de") problems.Add($"{page}: the switcher led to {probe.Page.Url}");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Each_language_searches_only_its_own_pages_with_its_own_stemming()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync();

        // "cities" finds "Three cities, one goal" by its stem, city; nothing German comes back.
        var english = await SearchAsync(probe, "/en/search/", "cities");
        Assert.Contains(EnglishPost, english);
        Assert.All(english, url => Assert.StartsWith("/en/", url));

        var german = await SearchAsync(probe, "/suche/", "Städte");
        Assert.Contains(GermanPost, german);
        Assert.DoesNotContain(german, url => url.StartsWith("/en/", StringComparison.Ordinal));
    }

    private static async Task<List<string>> SearchAsync(PageProbe probe, string searchPage, string query)
    {
        await probe.VisitAsync(new SitePage("", searchPage));
        await probe.Page.Locator("#search-input").FillAsync(query);
        await probe.Page.Locator("#search-input").PressAsync("Enter");
        ILocator results = probe.Page.Locator("#search-results li a");
        await results.First.WaitForAsync(new LocatorWaitForOptions { Timeout = BrowserTools.ReactionTimeoutMs });
        return (await results.EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)")).ToList();
    }

    // Presses Tab until the link with this text has focus: the switcher is reached by keyboard like everything else.
    // The wait is armed before the key is pressed: on a busy machine the new page can commit before a wait
    // started afterwards is listening, and that wait then never ends.
    private static async Task PressEnterAndWaitForAsync(IPage page, string path)
    {
        Task arrived = page.WaitForURLAsync($"**{path}",
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load, Timeout = BrowserTools.ReactionTimeoutMs });
        await page.Keyboard.PressAsync("Enter");
        await arrived;
    }

    private static async Task TabToAsync(IPage page, string text)
    {
        for (int press = 0; press < 60; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()") == text) return;
        }

        Assert.Fail($"Tab never reached the link '{text}'");
    }
}
