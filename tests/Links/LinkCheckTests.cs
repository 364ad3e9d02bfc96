using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Links;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Links;

public sealed class LinkCheckTests
{
    private const string AboutPage = """
        -- input/pages/ueber-uns.md --
        ---
        title: Über uns
        ---
        ## Unser Team

        Wir sind viele.
        """ + "\n";

    [Fact]
    public void A_broken_link_is_an_error_at_its_markdown_line_and_nothing_is_published()
    {
        // Given a post whose seventh line links to a page that does not exist
        using var site = new TestSite(AboutPage + """
            -- input/posts/2026-01-05-links.md --
            ---
            title: Links
            ---
            Erster Absatz.

            Zweiter Absatz mit
            einem [kaputten Link](/gibt-es-nicht/) darin.
            """);

        // When the site is built
        BuildReport report = site.Build();

        // Then the build fails with one error at the Markdown line and column of the link
        Assert.False(report.Succeeded);
        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-links.md:7:7: error: broken link '/gibt-es-nicht/' (on blog/links/index.html): no such file",
            error.ToString());
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_broken_fragment_is_an_error_at_its_markdown_line()
    {
        using var site = new TestSite(AboutPage + """
            -- input/posts/2026-01-05-links.md --
            ---
            title: Links
            ---
            Zum [Team](/ueber-uns/#unser-team) passt,
            zum [Kontakt](/ueber-uns/#kontakt) nicht.
            """);
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-links.md:5:5: error: broken link '/ueber-uns/#kontakt' (on blog/links/index.html): " +
                          "ueber-uns/index.html has no element with id \"kontakt\"", error.ToString());
    }

    [Fact]
    public void A_broken_fragment_on_the_same_page_is_found_too()
    {
        using var site = new TestSite("""
            -- input/pages/seite.md --
            ---
            title: Seite
            ---
            ## Anfang

            [Nach oben](#anfang), [ins Leere](#ende).
            """);
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/pages/seite.md:6:23: error: broken link '#ende' (on seite/index.html): seite/index.html has no element with id \"ende\"",
            error.ToString());
    }

    [Fact]
    public void Valid_links_images_fragments_and_external_links_pass()
    {
        using var site = new TestSite(AboutPage + """
            -- input/posts/2026-01-05-links.md --
            ---
            title: Links
            ---
            ## Abschnitt

            [Blog](/blog/), [Start](/), [Team](/ueber-uns/#unser-team), [Hier](#abschnitt), [oben](#top),
            [relativ](../links/), [über uns relativ](../../ueber-uns/index.html), [CSS](/assets/css/site.css),
            [Stadt](https://example.com/nirgends/), [Post](mailto:redaktion@example.org), [Fußnote][^1],
            [Abfrage](/blog/?seite=2), <a href="/ueber-uns/#unser-team">roh</a>

            ![Ein Bild](bild.png)

            [^1]: Eine Fußnote.
            """);
        site.WriteBytes("input/posts/bild.png", Images.TestImages.Png(900, 300));
        BuildReport report = site.BuildOk();
        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void A_broken_link_in_the_theme_names_the_template_line_once_for_all_pages()
    {
        using var site = new TestSite("""
            -- theme/partials/footer.liquid --
            <footer>
              <a href="{{ '/kontakt/' | url }}">Kontakt</a>
            </footer>
            -- input/posts/2026-01-05-eins.md --
            ---
            title: Eins
            ---
            Eins.
            -- input/posts/2026-01-06-zwei.md --
            ---
            title: Zwei
            ---
            Zwei.
            """);
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("theme/partials/footer.liquid:2:", error.ToString());
        // Every page has the footer: 404, archive (2), two posts, blog, home, search and tags = 9 pages, named once.
        Assert.Contains("broken link '/kontakt/' (on 404.html, archive/2026/index.html, archive/index.html and 6 more pages)", error.Message);
    }

    [Fact]
    public void A_broken_menu_link_is_reported_at_its_line_in_site_yml()
    {
        using var site = new TestSite("""
            -- site.yml --
            title: Menü
            baseUrl: https://example.org/
            menu:
              - title: Blog
                url: /blog/
              - title: Kontakt
                url: /kontakt/
            """);
        BuildReport report = site.Build();

        Diagnostic error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        // The menu is on every page: 404, archive, blog, home, search and tags.
        Assert.StartsWith("site.yml:7:10: error: broken link '/kontakt/' (on 404.html, archive/index.html, blog/index.html and 3 more pages)", error.ToString());
    }

    [Fact]
    public void Root_relative_markdown_links_get_the_base_path_and_pass()
    {
        using var site = new TestSite(AboutPage.Replace("Wir sind viele.", "Zum [Blog](/blog/).") + """

            -- site.yml --
            title: Unter einem Pfad
            baseUrl: https://example.org/stadt/
            """);
        site.BuildOk();
        Assert.Contains("<a href=\"/stadt/blog/\">Blog</a>", site.Read("ueber-uns/index.html"));
    }

    [Theory]
    [InlineData("/", "blog/a/index.html", "../b/", null)]
    [InlineData("/", "blog/a/index.html", "../b", null)]
    [InlineData("/", "blog/a/index.html", "./", null)]
    [InlineData("/", "blog/a/index.html", "bild.jpg", "no such file in the output")]
    [InlineData("/", "blog/a/index.html", "../../../x/", "it leads above the site's root folder")]
    [InlineData("/stadt/", "index.html", "/blog/b/", "it is outside the site's path /stadt/")]
    [InlineData("/stadt/", "index.html", "/stadt/blog/b/", null)]
    [InlineData("/", "index.html", "/blog/b/#mitte", null)]
    [InlineData("/", "index.html", "/blog/b/#m%C3%BCnster", null)]
    [InlineData("/", "index.html", "blog/b/#rand", "blog/b/index.html has no element with id \"rand\"")]
    [InlineData("/", "index.html", "https://example.org/gibt-es-nicht", null)]
    [InlineData("/", "index.html", "tel:+49123", null)]
    public void Urls_resolve_like_a_browser_does(string basePath, string page, string url, string? problem)
    {
        var files = new HashSet<string>(StringComparer.Ordinal) { "index.html", "blog/a/index.html", "blog/b/index.html" };
        var ids = new Dictionary<string, string[]>
        {
            ["blog/b/index.html"] = ["mitte", "münster"],
        };
        Assert.Equal(problem, LinkChecker.Problem(url, page, basePath, files, ids));
    }

    [Fact]
    public void The_scanner_skips_comments_and_scripts_and_decodes_entities()
    {
        var found = new List<HtmlAttribute>();
        HtmlScanner.Scan("""
            <!-- <a href="/kommentar/"> -->
            <script>var s = '<a href="/skript/">';</script>
            <a class=x href=/ohne-anfuehrung/ id='eins'>a</a>
            <img SRC="/a.png" srcset="/a-480.png 480w, /a-800.png 800w">
            <a href="/suche/?q=a&amp;b=c">s</a>
            <meta name="viewport" content="width=device-width"><a name="alt">
            """, found);
        Assert.Equal(
            ["href=/ohne-anfuehrung/", "id=eins", "src=/a.png", "srcset=/a-480.png 480w, /a-800.png 800w", "href=/suche/?q=a&b=c", "name=alt"],
            found.Select(a => $"{a.Name}={a.Value}"));
    }

    [Fact]
    public void The_scanner_reads_utf8_bytes_keeps_non_ascii_values_and_gives_byte_offsets()
    {
        const string html = "<p>Größe</p><a href=\"/blog/münster/#straße\">m</a><SCRIPT>x = '<a href=\"/nein/\">';</Script><h2 id=\"übersicht\">Ü</h2>";
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes(html);
        var found = new List<HtmlAttribute>();
        HtmlScanner.Scan(utf8, found);

        Assert.Equal(["href=/blog/münster/#straße", "id=übersicht"], found.Select(a => $"{a.Name}={a.Value}"));
        // Offsets count bytes: "Größe" is seven of them, so the href value starts two bytes later than its characters.
        Assert.Equal(html.IndexOf("/blog/", StringComparison.Ordinal) + 2, found[0].Offset);
        Assert.Equal("/blog/münster/#straße"u8.ToArray(), utf8.AsSpan(found[0].Offset, "/blog/münster/#straße"u8.Length).ToArray());
    }

    [Fact]
    public void A_page_scanned_as_it_was_written_is_not_read_again_and_one_that_was_not_is()
    {
        string root = Directory.CreateTempSubdirectory("sitecast-links-").FullName;
        try
        {
            // Given two pages on disk that both link nowhere, one of which was seen written with a good link
            File.WriteAllText(Path.Combine(root, "index.html"), "<a href=\"/fehlt/\">x</a>");
            File.WriteAllText(Path.Combine(root, "b.html"), "<a href=\"/auch-weg/\">y</a>");
            var written = new WrittenPages();
            written.Scan("index.html", "<a href=\"/b.html\">x</a>"u8);

            // When the links are checked
            IReadOnlyList<BrokenLink> broken = LinkChecker.Check(root, "/", written: written);

            // Then the written page's scan stands for it, and the other page is read from disk
            Assert.Equal(["b.html /auch-weg/"], broken.Select(b => $"{b.Page} {b.Url}"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
