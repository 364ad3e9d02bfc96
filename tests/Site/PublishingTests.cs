using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Site;

public sealed class PublishingTests
{
    private const string Files = """
        -- input/posts/2026-11-19-netzwerke.md --
        ---
        title: Netzwerke im Ruhrgebiet
        tags: [Netzwerke, Governance]
        author: anna
        ---
        Kommunen bündeln ihre Kräfte.
        -- input/posts/2026-12-03-podcast.md --
        ---
        title: Der Podcast startet
        ---
        Bald.
        -- input/posts/2026-11-05-entwurf.md --
        ---
        title: Ein Entwurf
        draft: true
        ---
        Noch nicht fertig.
        -- input/pages/ueber-uns.md --
        ---
        title: Über uns
        ---
        Wer wir sind.
        """;

    [Fact]
    public void Published_posts_get_pretty_urls_and_german_dates()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        site.AssertFileContent("blog/netzwerke/index.html", """
            <html lang="de">
            <h1>Netzwerke im Ruhrgebiet</h1>
            <time datetime="2026-11-19T00:00:00
            >19. November 2026</time>
            von Anna Beispiel
            <li><a href="/tags/netzwerke/" rel="tag">Netzwerke</a></li>
            <p>Kommunen bündeln ihre Kräfte.</p>
            """);
        site.AssertFileContent("ueber-uns/index.html", "<h1>Über uns</h1>");
    }

    [Fact]
    public void Future_and_draft_posts_are_left_out_by_default()
    {
        using var site = new TestSite(Files);
        site.BuildOk(now: "2026-11-28T10:00");

        Assert.False(site.Exists("blog/podcast/index.html"));
        Assert.False(site.Exists("blog/entwurf/index.html"));
        site.AssertFileContent("index.html", """
            Netzwerke im Ruhrgebiet
            ! Der Podcast startet
            ! Ein Entwurf
            """);
        site.AssertFileContent("blog/index.html", """
            Netzwerke im Ruhrgebiet
            ! Der Podcast startet
            """);
    }

    [Fact]
    public void A_future_post_appears_on_its_date_in_the_site_time_zone()
    {
        using var site = new TestSite(Files);

        // 23:59 on 2 December in Berlin: not yet.
        site.BuildOk(now: "2026-12-02T23:59");
        Assert.False(site.Exists("blog/podcast/index.html"));

        // Midnight on 3 December in Berlin (23:00 UTC the day before): published.
        site.BuildOk(now: "2026-12-03T00:00");
        Assert.True(site.Exists("blog/podcast/index.html"));
    }

    [Fact]
    public void Drafts_and_future_posts_are_shown_with_the_flags_and_marked()
    {
        using var site = new TestSite(Files);
        site.BuildOk(drafts: true, future: true);

        site.AssertFileContent("blog/entwurf/index.html", "<span class=\"badge\">Entwurf</span>");
        site.AssertFileContent("blog/podcast/index.html", "<span class=\"badge\">Geplant</span>");
    }

    [Fact]
    public void The_blog_index_lists_newest_first()
    {
        using var site = new TestSite(Files);
        site.BuildOk(future: true);

        string index = site.Read("blog/index.html");
        Assert.True(index.IndexOf("Der Podcast startet", StringComparison.Ordinal) < index.IndexOf("Netzwerke im Ruhrgebiet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_date_in_front_matter_wins_over_the_file_name()
    {
        using var site = new TestSite("""
            -- input/posts/notiz.md --
            ---
            title: Notiz
            date: 2026-03-29T02:30
            ---
            Text.
            """);
        site.BuildOk();

        // 02:30 does not exist on the night clocks go forward: it becomes 03:30 summer time.
        site.AssertFileContent("blog/notiz/index.html", "<time datetime=\"2026-03-29T03:30:00");
    }

    [Fact]
    public void An_english_site_writes_english_dates()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: Test
            baseUrl: https://example.org/
            language: en
            -- input/posts/2026-01-05-hello.md --
            ---
            title: Hello
            ---
            "Quoted" text isn't German.
            """);
        site.BuildOk();

        site.AssertFileContent("blog/hello/index.html", """
            <html lang="en">
            >January 5, 2026</time>
            “Quoted” text isn’t German.
            """);
    }

    [Fact]
    public void A_base_url_with_a_path_prefixes_every_link()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: Test
            baseUrl: https://example.org/smart-city/
            -- input/posts/2026-01-05-hello.md --
            ---
            title: Hello
            ---
            Text.
            """);
        site.BuildOk();

        site.AssertFileContent("index.html", """
            href="/smart-city/assets/css/site.css"
            href="/smart-city/blog/hello/"
            <link rel="canonical" href="https://example.org/smart-city/">
            """);
    }
}
