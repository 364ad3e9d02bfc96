using Sitecast.Diagnostics;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

public sealed class SearchMenuLinkTests
{
    [Fact]
    public void A_menu_linking_the_german_search_page_of_an_english_site_is_told_which_page_to_link()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: Test Site
            description: A site for tests
            baseUrl: https://example.org/
            language: en
            timeZone: Europe/Berlin
            authors:
              - id: anna
                name: Anna Beispiel
            menu:
              - title: Suche
                url: /suche/
            -- input/posts/2026-01-05-hello.md --
            ---
            title: Hello
            ---
            Text.
            """);

        var report = site.Build();

        Assert.False(report.Succeeded);
        Diagnostic broken = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("site.yml", broken.Location.Path);
        Assert.Equal("menu entry 'Suche' links /suche/, which does not exist; the search page of language 'en' is /search/: " +
                     "write url: /search/ in site.yml", broken.Hint);

        site.Write("site.yml", File.ReadAllText(Path.Combine(site.Root, "site.yml")).Replace("/suche/", "/search/"));
        site.BuildOk();
    }
}
