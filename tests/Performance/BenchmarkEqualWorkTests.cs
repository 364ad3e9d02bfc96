using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Performance;

/// <summary>site.yml's benchmarkEqualWork: the switch bench/run.py uses to measure sitecast doing Hugo's work.</summary>
public sealed class BenchmarkEqualWorkTests
{
    private const string PostWithBrokenLink = """
        -- input/posts/2026-01-05-links.md --
        ---
        title: Links
        ---
        Ein [kaputter Link](/gibt-es-nicht/).
        """ + "\n";

    private static string SiteYml(bool equalWork) => TestSite.DefaultSiteYml + (equalWork ? "\nbenchmarkEqualWork: true\n" : "\n");

    [Fact]
    public void Without_the_switch_the_search_index_is_written_and_a_broken_link_fails_the_build()
    {
        using var site = new TestSite("-- site.yml --\n" + SiteYml(false) + PostWithBrokenLink);

        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.ToString().Contains("broken link '/gibt-es-nicht/'", StringComparison.Ordinal));
    }

    [Fact]
    public void With_the_switch_neither_the_search_page_and_index_nor_the_link_check_run()
    {
        using var site = new TestSite("-- site.yml --\n" + SiteYml(true) + PostWithBrokenLink);

        site.BuildOk();

        Assert.True(site.Exists("blog/links/index.html"));
        Assert.True(site.Exists("feed.xml"));
        Assert.False(site.Exists("search-index.json"));
        Assert.False(site.Exists("suche/index.html"));
        Assert.DoesNotContain("https://example.org/suche/", site.Read("sitemap.xml"));
    }

    [Fact]
    public void The_switch_left_off_writes_the_search_page_and_index()
    {
        using var site = new TestSite("-- site.yml --\n" + SiteYml(false) + """
            -- input/posts/2026-01-05-hello.md --
            ---
            title: Hallo
            ---
            Text.
            """);

        site.BuildOk();

        Assert.True(site.Exists("search-index.json"));
        Assert.True(site.Exists("suche/index.html"));
    }
}
