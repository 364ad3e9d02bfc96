using System.Text.Json;
using System.Text.RegularExpressions;
using Sitecast.Tests.Images;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Browse;

public sealed class PageMetadataTests
{
    private const string Title = "Tom & \"Jerry\" </script><b>fett</b>";

    private static readonly string Files = """
        -- input/posts/2026-01-05-eins.md --
        ---
        title: Eins
        ---
        Text.
        -- input/posts/2026-01-12-zwei.md --
        ---
        title: 'Tom & "Jerry" </script><b>fett</b>'
        description: Kurz & <knapp>
        image: titelbild.jpg
        tags: [Straßenbäume]
        author: anna
        ---
        Text.
        -- input/posts/2026-01-19-drei.md --
        ---
        title: Drei
        image: /images/drei.jpg
        ---
        Der erste Absatz.
        """;

    [Fact]
    public void Posts_have_open_graph_and_twitter_tags_with_everything_escaped()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        site.AssertFileContent("blog/zwei/index.html", """
            <meta property="og:type" content="article">
            <meta property="og:title" content="Tom &amp; &quot;Jerry&quot; &lt;/script&gt;&lt;b&gt;fett&lt;/b&gt;">
            <meta property="og:description" content="Kurz &amp; &lt;knapp&gt;">
            <meta property="og:url" content="https://example.org/blog/zwei/">
            <meta property="article:published_time" content="2026-01-12T00:00:00+01:00">
            <meta property="article:tag" content="Straßenbäume">
            <meta name="twitter:card" content="summary_large_image">
            ! <b>fett</b>
            """);
        // The shared image is the resized preview (1200 px of a 1600 px original), absolute, and a file the build wrote.
        string zwei = site.Read("blog/zwei/index.html");
        string preview = Assert.Single(Regex.Matches(zwei, @"<meta property=""og:image"" content=""https://example\.org/(images/titelbild-1200-[0-9a-f]{16}\.jpg)"">")).Groups[1].Value;
        Assert.Contains($"<meta name=\"twitter:image\" content=\"https://example.org/{preview}\">", zwei);
        Assert.True(site.Exists(preview), preview);
        // An image named from input/ (a leading /), smaller than the preview width: its own width.
        string drei = site.Read("blog/drei/index.html");
        string dreiImage = Assert.Single(Regex.Matches(drei, @"<meta property=""og:image"" content=""https://example\.org/(images/drei-600-[0-9a-f]{16}\.jpg)"">")).Groups[1].Value;
        Assert.True(site.Exists(dreiImage), dreiImage);
        site.AssertFileContent("blog/drei/index.html", """
            <meta property="og:description" content="Der erste Absatz.">
            ! /images/drei.jpg
            """);
        site.AssertFileContent("blog/eins/index.html", """
            <meta name="twitter:card" content="summary">
            ! og:image
            """);
        site.AssertFileContent("tags/index.html", """
            <meta property="og:type" content="website">
            ! article:published_time
            """);
    }

    [Fact]
    public void Posts_carry_blog_posting_json_ld_that_cannot_close_its_script_element()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        string html = site.Read("blog/zwei/index.html");
        string script = Assert.Single(JsonLdScripts(html));
        Assert.DoesNotContain("</", script);

        using JsonDocument json = JsonDocument.Parse(script);
        JsonElement posting = json.RootElement;
        Assert.Equal("https://schema.org", posting.GetProperty("@context").GetString());
        Assert.Equal("BlogPosting", posting.GetProperty("@type").GetString());
        Assert.Equal(Title, posting.GetProperty("headline").GetString());
        Assert.Equal("2026-01-12T00:00:00+01:00", posting.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.org/blog/zwei/", posting.GetProperty("url").GetString());
        Assert.Matches(@"^https://example\.org/images/titelbild-1200-[0-9a-f]{16}\.jpg$", posting.GetProperty("image").GetString());
        Assert.Equal("Anna Beispiel", posting.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void The_home_page_carries_website_json_ld_and_other_pages_none()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        using JsonDocument json = JsonDocument.Parse(Assert.Single(JsonLdScripts(site.Read("index.html"))));
        Assert.Equal("WebSite", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Test Site", json.RootElement.GetProperty("name").GetString());
        Assert.Equal("https://example.org/", json.RootElement.GetProperty("url").GetString());
        Assert.Empty(JsonLdScripts(site.Read("blog/index.html")));
    }

    [Fact]
    public void Each_post_links_to_its_older_and_newer_neighbour()
    {
        using var site = SiteWithImages(Files);
        site.BuildOk();

        site.AssertFileContent("blog/eins/index.html", """
            ! rel="prev"
            <a rel="next" href="/blog/zwei/"><span>Neuerer Beitrag</span> Tom &amp;
            """);
        site.AssertFileContent("blog/zwei/index.html", """
            <a rel="prev" href="/blog/eins/"><span>Älterer Beitrag</span> Eins</a>
            <a rel="next" href="/blog/drei/"><span>Neuerer Beitrag</span> Drei</a>
            """);
        site.AssertFileContent("blog/drei/index.html", """
            <a rel="prev" href="/blog/zwei/">
            ! rel="next"
            """);
    }

    [Fact]
    public void The_archive_groups_posts_by_year()
    {
        using var site = SiteWithImages(Files + """

            -- input/posts/2025-06-01-alt.md --
            ---
            title: Alt
            ---
            Text.
            """);
        site.BuildOk();

        string archive = site.Read("archive/index.html");
        Assert.True(archive.IndexOf("id=\"year-2026\"", StringComparison.Ordinal) < archive.IndexOf("id=\"year-2025\"", StringComparison.Ordinal));
        site.AssertFileContent("archive/index.html", """
            <a href="/archive/2026/">2026</a> <span class="count">(3)</span>
            <a href="/archive/2025/">2025</a> <span class="count">(1)</span>
            <a href="/blog/alt/">Alt</a>
            """);
        site.AssertFileContent("archive/2025/index.html", """
            <h1>Archiv 2025
            <a href="/blog/alt/">Alt</a>
            ! <a href="/blog/eins/">
            """);
    }

    [Theory]
    [InlineData("de", "Seite nicht gefunden", "Zur Startseite")]
    [InlineData("en", "Page not found", "Back to the home page")]
    public void The_404_page_uses_the_theme_in_the_site_language(string language, string heading, string homeLink)
    {
        using var site = new TestSite(BrowseSites.SiteYml(language: language) + BrowseSites.Posts(1));
        site.BuildOk();

        site.AssertFileContent("404.html", $"""
            <html lang="{language}">
            <meta name="robots" content="noindex">
            <h1>{heading}</h1>
            <a href="/">{homeLink}</a>
            <link rel="stylesheet" href="/assets/css/site.css">
            """);
        Assert.DoesNotContain("noindex", site.Read("index.html"));
    }

    /// <summary>The site with the real images its posts name in front matter.</summary>
    private static TestSite SiteWithImages(string files)
    {
        var site = new TestSite(files);
        site.WriteBytes("input/posts/titelbild.jpg", TestImages.Jpeg(1600, 900));
        site.WriteBytes("input/images/drei.jpg", TestImages.Jpeg(600, 400));
        return site;
    }

    private static List<string> JsonLdScripts(string html) =>
        Regex.Matches(html, "<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value).ToList();
}
