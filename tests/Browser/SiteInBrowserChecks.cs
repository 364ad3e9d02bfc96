using System.Text.Json;
using Microsoft.Playwright;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browser;

/// <summary>
/// The quality bar of the default theme, checked in Chromium on every HTML page of the built sample site:
/// clean loads from the local host only, no cookies, axe-core WCAG 2.1 AA in light and dark, skip link and visible
/// focus, 320 px without sideways scrolling, at most 30 KB of CSS and JavaScript, reading without JavaScript.
/// A page type added to the sample (podcast, tags, search, 404) is covered without a change here.
/// </summary>
public abstract partial class SiteInBrowserChecks<TSite>(TSite fixture) : IClassFixture<TSite>
    where TSite : BrowserSiteFixture
{
    private const long MaxStyleAndScriptBytes = 30 * 1024;

    protected TSite Fixture { get; } = fixture;

    [SkippableFact]
    public async Task Every_page_loads_without_errors_and_requests_nothing_from_other_hosts()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync();
        var problems = new List<string>();
        foreach (SitePage page in Fixture.Site.Pages())
        {
            VisitResult visit = await probe.VisitAsync(page, WaitUntilState.NetworkIdle);
            problems.AddRange(visit.Problems.Select(p => $"{page}: {p}"));
        }

        var cookies = await probe.Context.CookiesAsync();
        problems.AddRange(cookies.Select(c => $"cookie set: {c.Name} on {c.Domain}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public Task Every_page_has_no_axe_violations_in_light_mode() => AssertNoAxeViolations(ColorScheme.Light);

    [SkippableFact]
    public Task Every_page_has_no_axe_violations_in_dark_mode() => AssertNoAxeViolations(ColorScheme.Dark);

    [SkippableFact]
    public async Task The_skip_link_is_the_first_tab_stop_shows_focus_and_moves_focus_to_main()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync();
        var problems = new List<string>();
        foreach (SitePage page in Fixture.Site.Pages())
        {
            await probe.VisitAsync(page);
            await probe.Page.Keyboard.PressAsync("Tab");
            JsonElement first = await probe.Page.EvaluateAsync<JsonElement>("""
                () => {
                  const e = document.activeElement;
                  const box = e.getBoundingClientRect();
                  const style = getComputedStyle(e);
                  return { tag: e.tagName.toLowerCase(), href: e.getAttribute('href') || '', text: e.textContent.trim(),
                           visible: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0,
                           outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
                }
                """);
            string tag = first.GetProperty("tag").GetString()!, href = first.GetProperty("href").GetString()!;
            string text = first.GetProperty("text").GetString()!;
            if (tag != "a" || href != "#main")
            {
                problems.Add($"{page}: the first Tab stop is <{tag} href=\"{href}\">{text}, not the skip link to #main");
                continue;
            }

            if (!first.GetProperty("visible").GetBoolean()) problems.Add($"{page}: the focused skip link is not visible");
            if (!first.GetProperty("outline").GetBoolean()) problems.Add($"{page}: the focused skip link has no visible focus outline");
            string expected = Fixture.Site.Language == "en" || page.File.StartsWith("en/", StringComparison.Ordinal) ? "Skip to content" : "Zum Inhalt springen";
            if (text != expected) problems.Add($"{page}: the skip link says '{text}', not '{expected}'");

            await probe.Page.Keyboard.PressAsync("Enter");
            string focused = await probe.Page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase() + '#' + document.activeElement.id");
            if (focused != "main#main") problems.Add($"{page}: after the skip link, focus is on {focused}, not main#main");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_keyboard_focus_stop_shows_a_visible_focus_indicator()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync();
        var problems = new List<string>();
        int stops = 0;
        foreach (SitePage page in Fixture.Site.Pages())
        {
            await probe.VisitAsync(page);
            for (int press = 0; press < 500; press++)
            {
                await probe.Page.Keyboard.PressAsync("Tab");
                JsonElement focus = await probe.Page.EvaluateAsync<JsonElement>(FocusIndicatorScript);
                if (focus.ValueKind == JsonValueKind.Null) break;
                stops++;
                if (!focus.GetProperty("visible").GetBoolean())
                    problems.Add($"{page}: no visible focus indicator on {focus.GetProperty("element").GetString()}");
            }
        }

        Assert.True(stops > 0, "no element took keyboard focus on any page");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_page_fits_320_px_without_horizontal_scrolling()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var problems = new List<string>();
        foreach (SitePage page in Fixture.Site.Pages())
        {
            await probe.VisitAsync(page);
            int width = await probe.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
            if (width > 320)
            {
                string widest = await probe.Page.EvaluateAsync<string>("""
                    () => [...document.querySelectorAll('body *')]
                      .filter(e => e.getBoundingClientRect().right > 320.5)
                      .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' → ' + Math.round(e.getBoundingClientRect().right) + 'px').join(', ')
                    """);
                problems.Add($"{page}: {width} px wide at a 320 px viewport ({widest})");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_page_loads_at_most_30_KB_of_css_and_javascript()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync();
        var problems = new List<string>();
        long largest = 0;
        foreach (SitePage page in Fixture.Site.Pages())
        {
            VisitResult visit = await probe.VisitAsync(page, WaitUntilState.NetworkIdle);
            largest = Math.Max(largest, visit.StyleAndScriptBytes);
            if (visit.StyleAndScriptBytes > MaxStyleAndScriptBytes)
                problems.Add($"{page}: {visit.StyleAndScriptBytes} bytes of CSS and JavaScript (at most {MaxStyleAndScriptBytes})");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(largest > 0, "no page loaded any stylesheet: the measurement saw nothing");
    }

    [SkippableFact]
    public async Task Posts_and_pages_are_readable_without_javascript()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        IReadOnlyList<SitePage> reading = Fixture.Site.Pages()
            .Where(p => Fixture.Site.ReadPage(p).Contains("class=\"prose\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reading);
        foreach (SitePage page in reading)
        {
            await probe.VisitAsync(page);
            // The first paragraph with words in it: a paragraph may also just wrap a player or an image.
            ILocator paragraph = probe.Page.Locator(".prose p").Filter(new LocatorFilterOptions { HasTextRegex = Letter() }).First;
            Assert.True(await paragraph.CountAsync() == 1, $"{page}: no paragraph with text");
            Assert.True(await paragraph.IsVisibleAsync(), $"{page}: the text is not visible without JavaScript");
        }
    }

    [SkippableFact]
    public async Task Printing_gives_black_text_on_white_without_navigation_even_in_dark_mode()
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync(new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await probe.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Dark });
        var problems = new List<string>();
        foreach (SitePage page in Fixture.Site.Pages())
        {
            await probe.VisitAsync(page);
            JsonElement print = await probe.Page.EvaluateAsync<JsonElement>("""
                () => {
                  const body = getComputedStyle(document.body);
                  const shown = [...document.querySelectorAll('.skip-link, header nav, footer nav')]
                    .filter(e => getComputedStyle(e).display !== 'none').map(e => e.outerHTML.slice(0, 60));
                  return { color: body.color, background: body.backgroundColor, shown: shown.join(' | '),
                           main: document.querySelector('main').innerText.trim().length };
                }
                """);
            string color = print.GetProperty("color").GetString()!, background = print.GetProperty("background").GetString()!;
            if (color != "rgb(0, 0, 0)" || background != "rgb(255, 255, 255)")
                problems.Add($"{page}: prints {color} on {background}, not black on white");
            if (print.GetProperty("shown").GetString() is { Length: > 0 } shown) problems.Add($"{page}: navigation is printed: {shown}");
            if (print.GetProperty("main").GetInt32() == 0) problems.Add($"{page}: the main content prints empty");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task The_nu_html_checker_finds_no_errors_on_any_page()
    {
        string? missing = BrowserTools.ValidatorMissing();
        Skip.If(missing is not null, missing);
        Assert.Null(Fixture.Site.Failure);
        IReadOnlyList<SitePage> pages = Fixture.Site.Pages();
        Assert.NotEmpty(pages);

        IReadOnlyList<string> errors = await NuHtmlChecker.ErrorsAsync(pages.Select(p => Path.Combine(Fixture.Site.Output, p.File)));
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Replace(Fixture.Site.Output, "site"))));
    }

    // The focused element, or null once focus has left the page or come round again. Media elements draw their
    // controls' focus ring themselves, so they are left to the browser.
    private const string FocusIndicatorScript = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body || e.hasAttribute('data-focus-seen')) return null;
          e.setAttribute('data-focus-seen', '');
          const s = getComputedStyle(e);
          const media = e.matches('audio, video');
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
          const text = (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40);
          return { element: `<${e.tagName.toLowerCase()}> ${text}`, visible: media || outline || s.boxShadow !== 'none' };
        }
        """;

    // Playwright hands this to JavaScript without the u flag, so \p{L} would not work there.
    [System.Text.RegularExpressions.GeneratedRegex(@"\w")]
    private static partial System.Text.RegularExpressions.Regex Letter();

    private async Task AssertNoAxeViolations(ColorScheme scheme)
    {
        Fixture.RequireBrowser();
        await using PageProbe probe = await Fixture.OpenAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var problems = new List<string>();
        foreach (SitePage page in Fixture.Site.Pages())
        {
            await probe.VisitAsync(page);
            problems.AddRange((await Axe.ViolationsAsync(probe.Page)).Select(v => $"{page}: {v}"));
        }

        Assert.True(problems.Count == 0, $"{problems.Count} axe violation(s) in {scheme} mode:\n" + string.Join("\n", problems));
    }
}
