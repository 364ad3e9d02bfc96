using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>Partials are read into memory once per build; the site's own theme must still win, per site.</summary>
public sealed class ThemePartialTests
{
    private const string Post = """
        -- input/posts/2026-01-05-hallo.md --
        ---
        title: Hallo
        ---
        Text.
        """;

    [Fact]
    public void A_partial_in_the_site_theme_replaces_the_shipped_one_on_every_page()
    {
        // Given a site whose theme has its own footer partial
        using var site = new TestSite(Post + """

            -- theme/partials/footer.liquid --
            <footer>Eigene Fußzeile für {{ site.title }}</footer>
            """);

        // When it is built
        site.BuildOk();

        // Then every page has the site's footer, not the shipped one
        foreach (string page in new[] { "index.html", "blog/index.html", "blog/hallo/index.html", "404.html" })
        {
            site.AssertFileContent(page, """
                <footer>Eigene Fußzeile für Test Site</footer>
                ! class="site-footer"
                """);
        }
    }

    [Fact]
    public void Sites_built_at_the_same_time_each_get_their_own_partials()
    {
        // Given several sites with a footer of the same name but different text
        var sites = Enumerable.Range(0, 6).Select(i => new TestSite(Post + $"""

            -- theme/partials/footer.liquid --
            <footer>Fußzeile {i}</footer>
            """)).ToList();
        try
        {
            // When they are built in parallel
            Parallel.ForEach(sites, site => site.BuildOk());

            // Then no site shows another site's partial
            for (int i = 0; i < sites.Count; i++)
            {
                string page = sites[i].Read("blog/hallo/index.html");
                Assert.Contains($"<footer>Fußzeile {i}</footer>", page);
                Assert.Single(Enumerable.Range(0, sites.Count), j => page.Contains($"<footer>Fußzeile {j}</footer>"));
            }
        }
        finally
        {
            foreach (TestSite site in sites) site.Dispose();
        }
    }

    [Fact]
    public void A_partial_that_only_the_site_theme_has_can_be_included()
    {
        // Given a site footer that includes a partial the shipped theme does not have
        using var site = new TestSite(Post + """

            -- theme/partials/footer.liquid --
            <footer>{% include 'impressum-hinweis' %}</footer>
            -- theme/partials/impressum-hinweis.liquid --
            Verantwortlich: Redaktion
            """);

        site.BuildOk();

        site.AssertFileContent("blog/hallo/index.html", "<footer>Verantwortlich: Redaktion");
    }
}
