using Sitecast.Diagnostics;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browse;

public sealed class TagTests
{
    private const string Files = """
        -- input/posts/2026-01-05-eins.md --
        ---
        title: Eins
        tags: [Straßenbäume, Öffentlicher Raum & Grün]
        ---
        Text.
        -- input/posts/2026-01-12-zwei.md --
        ---
        title: Zwei
        tags: [Straßenbäume]
        ---
        Text.
        """;

    [Fact]
    public void Each_tag_gets_a_page_at_its_german_slug()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        site.AssertFileContent("tags/strassenbaeume/index.html", """
            <title>Schlagwort: Straßenbäume – Test Site</title>
            <h1>Schlagwort: Straßenbäume
            <a href="/blog/eins/">Eins</a>
            <a href="/blog/zwei/">Zwei</a>
            <link rel="canonical" href="https://example.org/tags/strassenbaeume/">
            """);
        site.AssertFileContent("tags/oeffentlicher-raum-gruen/index.html", """
            <h1>Schlagwort: Öffentlicher Raum &amp; Grün
            <a href="/blog/eins/">Eins</a>
            ! <a href="/blog/zwei/">Zwei</a>
            """);
    }

    [Fact]
    public void Tags_on_a_post_link_to_their_tag_pages()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        site.AssertFileContent("blog/eins/index.html", """
            <a href="/tags/strassenbaeume/" rel="tag">Straßenbäume</a>
            <a href="/tags/oeffentlicher-raum-gruen/" rel="tag">Öffentlicher Raum &amp; Grün</a>
            """);
    }

    [Fact]
    public void The_tag_overview_lists_every_tag_with_its_count()
    {
        using var site = new TestSite(Files);
        site.BuildOk();

        site.AssertFileContent("tags/index.html", """
            <h1>Schlagwörter</h1>
            <a href="/tags/oeffentlicher-raum-gruen/" rel="tag">Öffentlicher Raum &amp; Grün</a> <span class="count">(1)</span>
            <a href="/tags/strassenbaeume/" rel="tag">Straßenbäume</a> <span class="count">(2)</span>
            """);
    }

    [Fact]
    public void A_site_without_tags_still_has_a_tag_overview()
    {
        using var site = new TestSite(BrowseSites.Posts(1));
        site.BuildOk();

        site.AssertFileContent("tags/index.html", "Noch keine Schlagwörter.");
        Assert.DoesNotContain(site.OutputFiles(), f => f.StartsWith("tags/", StringComparison.Ordinal) && f != "tags/index.html");
    }

    [Fact]
    public void Tag_pages_are_paged_like_the_blog_index()
    {
        using var site = new TestSite(BrowseSites.SiteYml(postsPerPage: 2) + BrowseSites.Posts(3, "[Digitaler Zwilling]"));
        site.BuildOk();

        site.AssertFileContent("tags/digitaler-zwilling/index.html", """
            Post 3
            Post 2
            ! Post 1<
            <a rel="next" href="/tags/digitaler-zwilling/page/2/">
            """);
        site.AssertFileContent("tags/digitaler-zwilling/page/2/index.html", """
            Post 1
            <a rel="prev" href="/tags/digitaler-zwilling/">
            """);
        Assert.False(site.Exists("tags/digitaler-zwilling/page/3/index.html"));
    }

    [Fact]
    public void Spellings_with_the_same_slug_are_merged_under_the_most_used_one_with_a_warning()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-eins.md --
            ---
            title: Eins
            tags: [Digitaler Zwilling]
            ---
            Text.
            -- input/posts/2026-01-06-zwei.md --
            ---
            title: Zwei
            tags: [Digitaler Zwilling]
            ---
            Text.
            -- input/posts/2026-01-07-drei.md --
            ---
            title: Drei
            tags: [digitaler  zwilling]
            ---
            Text.
            """);
        var report = site.BuildOk();

        Diagnostic warning = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("input/posts/2026-01-07-drei.md", warning.Location.Path);
        Assert.Contains("'Digitaler Zwilling'", warning.Message);
        Assert.Contains("'digitaler  zwilling'", warning.Message);
        Assert.Contains("/tags/digitaler-zwilling/", warning.Message);

        site.AssertFileContent("tags/digitaler-zwilling/index.html", """
            <h1>Schlagwort: Digitaler Zwilling
            <a href="/blog/eins/">Eins</a>
            <a href="/blog/zwei/">Zwei</a>
            <a href="/blog/drei/">Drei</a>
            """);
        site.AssertFileContent("tags/index.html", "(3)");
    }

    [Fact]
    public void A_post_with_two_spellings_of_one_tag_is_listed_once_under_it()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-eins.md --
            ---
            title: Eins
            tags: [Digitaler Zwilling, Daten, digitaler  zwilling]
            ---
            Text.
            -- input/posts/2026-01-06-zwei.md --
            ---
            title: Zwei
            tags: [Digitaler Zwilling]
            ---
            Text.
            """);
        site.BuildOk();

        string tag = site.Read("tags/digitaler-zwilling/index.html");
        Assert.Equal(1, CountOf(tag, "href=\"/blog/eins/\""));
        Assert.Equal(1, CountOf(tag, "href=\"/blog/zwei/\""));
        site.AssertFileContent("tags/index.html", "(2)");
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    [Fact]
    public void A_tag_without_letters_or_digits_is_an_error_naming_the_post()
    {
        using var site = new TestSite("""
            -- input/posts/2026-01-05-eins.md --
            ---
            title: Eins
            tags: ["???"]
            ---
            Text.
            """);
        var report = site.Build();

        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("input/posts/2026-01-05-eins.md", error.Location.Path);
        Assert.Contains("'???'", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }
}
