using System.Text.RegularExpressions;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browse;

public sealed class PagingTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 1)] // exactly one full page
    [InlineData(3, 2)] // one more than a page
    public void The_blog_index_is_split_into_pages_of_the_configured_size(int posts, int expectedPages)
    {
        using var site = new TestSite(BrowseSites.SiteYml(postsPerPage: 2) + BrowseSites.Posts(posts));
        site.BuildOk();

        var pages = site.OutputFiles().Where(f => f == "blog/index.html" || f.StartsWith("blog/page/", StringComparison.Ordinal)).ToList();
        Assert.Equal(expectedPages, pages.Count);
        Assert.False(site.Exists($"blog/page/{expectedPages + 1}/index.html"));

        // Every post appears on exactly one page, newest first.
        var listed = Enumerable.Range(1, expectedPages)
            .SelectMany(n => Titles(site.Read(n == 1 ? "blog/index.html" : $"blog/page/{n}/index.html")))
            .ToList();
        Assert.Equal(Enumerable.Range(1, posts).Reverse().Select(i => $"Post {i}"), listed);
    }

    [Fact]
    public void No_posts_still_gives_a_blog_index_saying_so_without_pagination()
    {
        using var site = new TestSite(BrowseSites.SiteYml(postsPerPage: 2));
        site.BuildOk();

        site.AssertFileContent("blog/index.html", """
            Noch keine Beiträge.
            ! class="pagination"
            """);
    }

    [Fact]
    public void Exactly_one_page_has_no_pagination()
    {
        using var site = new TestSite(BrowseSites.SiteYml(postsPerPage: 2) + BrowseSites.Posts(2));
        site.BuildOk();

        site.AssertFileContent("blog/index.html", """
            ! class="pagination"
            ! rel="next"
            """);
    }

    [Fact]
    public void One_post_more_than_a_page_links_the_two_pages_both_ways()
    {
        using var site = new TestSite(BrowseSites.SiteYml(postsPerPage: 2) + BrowseSites.Posts(3));
        site.BuildOk();

        site.AssertFileContent("blog/index.html", """
            <a rel="next" href="/blog/page/2/">
            Seite 1 von 2
            ! rel="prev"
            """);
        site.AssertFileContent("blog/page/2/index.html", """
            <a rel="prev" href="/blog/">
            Seite 2 von 2
            <title>Blog – Seite 2 – Test Site</title>
            ! rel="next"
            """);
    }

    [Fact]
    public void List_pages_show_reading_time_and_the_excerpt()
    {
        string longBody = string.Join(' ', Enumerable.Repeat("Wort", 600));
        using var site = new TestSite($"""
            -- input/posts/2026-01-05-lang.md --
            ---
            title: Lang
            ---
            Der erste Absatz ist der Auszug.

            {longBody}
            -- input/posts/2026-01-06-beschrieben.md --
            ---
            title: Beschrieben
            description: Die Beschreibung aus dem Vorspann.
            ---
            Dieser Absatz ist nicht der Auszug.
            """);
        site.BuildOk();

        site.AssertFileContent("blog/index.html", """
            <p>Der erste Absatz ist der Auszug.</p>
            3 Min. Lesezeit
            <p>Die Beschreibung aus dem Vorspann.</p>
            1 Min. Lesezeit
            ! <p>Dieser Absatz ist nicht der Auszug.</p>
            """);
    }

    private static IEnumerable<string> Titles(string html) =>
        Regex.Matches(html, @"<h2 class=""summary-title""><a href=""[^""]+"">([^<]+)</a></h2>").Select(m => m.Groups[1].Value);
}
