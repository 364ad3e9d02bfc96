using System.Text;
using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Incremental;
using Sitecast.Links;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Links;

/// <summary>
/// A page taken over unchanged from the last build is not read again by the link checker: its ids and links come
/// from the last build's scan. Its links are still checked against this build's pages.
/// </summary>
public sealed class PageScanReuseTests
{
    private const string Files = """
        -- input/pages/ueber-uns.md --
        ---
        title: Über uns
        ---
        ## Unser Team

        Wir sind viele.
        -- input/posts/2026-01-05-links.md --
        ---
        title: Links
        ---
        Erster Absatz.

        Zum [Team](/ueber-uns/#unser-team) hier.
        -- input/posts/2026-01-19-zwei.md --
        ---
        title: Zwei
        ---
        Der zweite Beitrag.
        """;

    [Fact]
    public void Pages_taken_over_are_not_read_again()
    {
        using var site = new TestSite(Files);
        Assert.Equal(0, site.BuildOk().Statistics.PagesNotScanned);
        site.Edit("input/posts/2026-01-19-zwei.md", "Beitrag.", "Beitrag, neu.");

        BuildStatistics second = site.Rebuild();

        Assert.True(second.PagesNotScanned > 0);
        Assert.True(second.PagesNotScanned <= second.FilesCarriedOver);
    }

    [Fact]
    public void A_fragment_removed_from_its_target_is_found_broken_on_a_page_that_was_not_read_again()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Edit("input/pages/ueber-uns.md", "## Unser Team\n\n", "");

        BuildReport second = site.Build();

        Assert.True(second.Statistics.PagesNotScanned > 0);
        Diagnostic error = Assert.Single(second.Diagnostics, d => d.Severity == Severity.Error);
        Assert.StartsWith("input/posts/2026-01-05-links.md:6:5: error: broken link '/ueber-uns/#unser-team' (on blog/links/index.html): " +
            "ueber-uns/index.html has no element with id \"unser-team\"", error.ToString());
    }

    [Fact]
    public void A_link_to_a_removed_page_is_found_broken_on_a_page_that_was_not_read_again()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Delete("input/pages/ueber-uns.md");

        BuildReport second = site.Build();

        Assert.False(second.Succeeded);
        Assert.True(second.Statistics.PagesNotScanned > 0);
        Assert.Contains(second.Diagnostics, d => d.ToString().StartsWith(
            "input/posts/2026-01-05-links.md:6:5: error: broken link '/ueber-uns/#unser-team' (on blog/links/index.html): no such file",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_damaged_scan_file_means_every_page_is_read()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string[] stored = Directory.GetFiles(Path.Combine(site.Root, ".sitecast-cache", "links"), "*.bin", SearchOption.AllDirectories);
        byte[] bytes = File.ReadAllBytes(Assert.Single(stored));
        File.WriteAllBytes(stored[0], bytes[..(bytes.Length / 2)]);
        site.Edit("input/posts/2026-01-19-zwei.md", "Beitrag.", "Beitrag, neu.");

        BuildStatistics second = site.Rebuild();

        Assert.Equal(0, second.PagesNotScanned);
        Assert.True(second.FilesCarriedOver > 0);
    }

    [Fact]
    public void Scans_read_back_and_written_again_beside_new_ones_give_the_file_written_from_scratch()
    {
        var first = new Dictionary<string, PageScan>(StringComparer.Ordinal)
        {
            ["a/index.html"] = new("k1", ["oben"], [new HtmlAttribute("href", "/b/", 3), new HtmlAttribute("href", "/c/#x", 9)]),
            ["b/index.html"] = new("k2", [], [new HtmlAttribute("href", "/a/", 5)]),
            ["d/index.html"] = new("k4", ["unten"], [new HtmlAttribute("src", "/bild.png", 7), new HtmlAttribute("href", "/b/", 8)]),
        };
        var written = new MemoryStream();
        PageScanFile.Write(written, "/srv/site", first);
        Dictionary<string, PageScan> read = PageScanFile.Read(new MemoryStream(written.ToArray()), "/srv/site")!;

        // The next build takes two pages over, renders one again and adds one; one page is gone.
        var next = new Dictionary<string, PageScan>(StringComparer.Ordinal)
        {
            ["a/index.html"] = read["a/index.html"],
            ["d/index.html"] = read["d/index.html"],
            ["b/index.html"] = new("k2-neu", ["neu"], [new HtmlAttribute("href", "/d/", 5)]),
            ["c/index.html"] = new("k3", ["x"], [new HtmlAttribute("href", "/a/", 4), new HtmlAttribute("href", "/neu/", 6)]),
        };
        var fromScratch = next.ToDictionary(p => p.Key, p => new PageScan(p.Value.Key, [.. p.Value.Ids], [.. p.Value.Links]), StringComparer.Ordinal);

        var again = new MemoryStream();
        PageScanFile.Write(again, "/srv/site", next);
        var scratch = new MemoryStream();
        PageScanFile.Write(scratch, "/srv/site", fromScratch);

        Assert.Equal(scratch.ToArray(), again.ToArray());
        Dictionary<string, PageScan> reread = PageScanFile.Read(new MemoryStream(again.ToArray()), "/srv/site")!;
        Assert.Equal(["oben"], reread["a/index.html"].Ids);
        Assert.Equal(next["c/index.html"].Links, reread["c/index.html"].Links);
        Assert.Equal("k2-neu", reread["b/index.html"].Key);
    }

    [Fact]
    public void The_scan_file_reads_back_what_was_written_and_refuses_another_folder_or_a_truncated_file()
    {
        var scans = new Dictionary<string, PageScan>(StringComparer.Ordinal)
        {
            ["b/index.html"] = new("k2", ["top", "menü"], [new HtmlAttribute("href", "/a/", 10), new HtmlAttribute("src", "/bild.png", 40)]),
            ["a/index.html"] = new("k1", [], [new HtmlAttribute("href", "/b/#menü", 3), new HtmlAttribute("href", "/a/", 80)]),
        };
        using var stream = new MemoryStream();
        PageScanFile.Write(stream, "/srv/site", scans);
        byte[] bytes = stream.ToArray();

        var read = PageScanFile.Read(new MemoryStream(bytes), "/srv/site");

        Assert.NotNull(read);
        Assert.Equal(scans.Keys.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        foreach (var (page, scan) in scans)
        {
            Assert.Equal(scan.Key, read[page].Key);
            Assert.Equal(scan.Ids, read[page].Ids);
            Assert.Equal(scan.Links, read[page].Links);
        }

        Assert.Null(PageScanFile.Read(new MemoryStream(bytes), "/srv/other"));
        for (int length = 0; length < bytes.Length; length += 7)
            Assert.Null(PageScanFile.Read(new MemoryStream(bytes[..length]), "/srv/site"));
        Assert.Null(PageScanFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("{\"not\": \"ours\"}")), "/srv/site"));
    }
}
