using Sitecast.Build;
using Sitecast.Output;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// The output a build replaces is kept as site.spare, and the next build recycles it as its staging folder: files
/// still right are kept, everything else is removed before it is written. Many of its files are hard links shared
/// with the published output, so a build must never write into one.
/// </summary>
public sealed class RecycledOutputTests
{
    private const string Alt = "input/posts/2026-09-10-alt.md";
    private const string Mitte = "input/posts/2026-09-24-mitte.md";
    private const string Eins = "input/posts/2026-10-08-eins.md";

    /// <summary>A site built, edited and built again: the output the second build replaced is now the spare folder.</summary>
    private static TestSite WithSpareFolder(string files = "")
    {
        var site = new TestSite(InlineSite.FourPosts + files);
        site.BuildOk();
        Assert.False(Directory.Exists(OutputFolder.SpareOf(site.Output)));
        site.Edit(Alt, "Beitrag.", "Beitrag, ergänzt.").Rebuild();
        Assert.True(Directory.Exists(OutputFolder.SpareOf(site.Output)));
        return site;
    }

    [Fact]
    public void The_output_fingerprint_taken_while_pruning_is_the_one_a_walk_of_the_published_output_gives()
    {
        using TestSite site = WithSpareFolder("\n-- input/pages/.well-known-notiz.md --\n---\ntitle: Notiz\n---\nText.\n");
        // A recycled build: its stamp's output fingerprint comes from the pruning walk.
        site.Edit(Mitte, "title: Mitte", "title: Mitte, neu");
        Assert.True(site.BuildOk().Statistics.FilesCarriedOver > 0);

        // The next build, with nothing changed, is skipped only if that fingerprint equals a walk of site/.
        Assert.True(site.BuildOk().Statistics.UpToDate);
        // And a file changed by hand is still noticed.
        File.AppendAllText(Path.Combine(site.Output, "index.html"), "<!-- von Hand -->");
        Assert.False(site.BuildOk().Statistics.UpToDate);
    }

    [Fact]
    public void Builds_on_a_recycled_folder_equal_clean_builds_through_a_series_of_changes()
    {
        using TestSite site = WithSpareFolder();

        // Recycled from here on: an edit, a new post with a new tag, a deleted post and page, a new slug.
        Assert.True(site.Edit(Mitte, "title: Mitte", "title: Mitte, neu").Rebuild().FilesCarriedOver > 0);

        site.Write("input/posts/2026-10-23-neu.md", "---\ntitle: Neu\ntags: [Energie]\n---\nGanz neu.\n");
        site.Rebuild();
        Assert.True(site.Exists("tags/energie/index.html"));

        site.Delete(Eins).Delete("input/pages/ueber-uns.md").Rebuild();
        Assert.False(site.Exists("blog/eins/index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "tags", "verkehr")));

        site.Edit(Alt, "title: Alt", "title: Alt\nslug: uralt").Rebuild();
        Assert.False(Directory.Exists(Path.Combine(site.Output, "blog", "alt")));
    }

    [Fact]
    public void A_failed_build_on_a_recycled_folder_leaves_every_published_file_as_it_was()
    {
        using TestSite site = WithSpareFolder();
        // The page of "Eins" did not change in the second build: the published file and the spare's are one file.
        string published = Path.Combine(site.Output, "blog/eins/index.html");
        string spare = Path.Combine(OutputFolder.SpareOf(site.Output), "blog/eins/index.html");
        Assert.Equal(File.ReadAllBytes(published), File.ReadAllBytes(spare));
        var before = FolderSnapshot.Of(site.Output);

        // Its text changes, and a broken link elsewhere fails the build after every page is written.
        site.Edit(Eins, "Der erste Beitrag.", "Der erste Beitrag, völlig neu.");
        site.Edit("input/pages/ueber-uns.md", "Wer wir sind.", "Wer wir sind: [kaputt](/gibt-es-nicht/).");
        BuildReport failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Message.StartsWith("broken link '/gibt-es-nicht/'", StringComparison.Ordinal));
        FolderSnapshot.AssertSame(before, FolderSnapshot.Of(site.Output));
        Assert.DoesNotContain("völlig neu", site.Read("blog/eins/index.html"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(site.Root, "site.tmp-*"));

        // Fixed, the next build publishes the change and equals a clean build.
        site.Edit("input/pages/ueber-uns.md", "Wer wir sind: [kaputt](/gibt-es-nicht/).", "Wer wir sind.").Rebuild();
        site.AssertFileContent("blog/eins/index.html", "völlig neu");
    }

    [Fact]
    public void Files_added_or_changed_by_hand_do_not_survive_recycling()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        File.WriteAllText(Path.Combine(site.Output, "von-hand.txt"), "nicht von uns");
        Directory.CreateDirectory(Path.Combine(site.Output, "blog", "fremd"));
        File.WriteAllText(Path.Combine(site.Output, "blog", "fremd", "index.html"), "<p>fremd</p>");
        site.Edit(Alt, "Beitrag.", "Beitrag, ergänzt.").BuildOk();
        // The hand-made files are now in the spare folder; a page there is changed by hand too.
        string spare = OutputFolder.SpareOf(site.Output);
        Assert.True(File.Exists(Path.Combine(spare, "von-hand.txt")));
        string sparePage = Path.Combine(spare, "ueber-uns", "index.html");
        File.Delete(sparePage);
        File.WriteAllText(sparePage, "<p>von Hand</p>");

        site.Edit(Mitte, "Mitte.", "Mitte, ergänzt.").Rebuild();

        Assert.False(site.Exists("von-hand.txt"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "blog", "fremd")));
        site.AssertFileContent("ueber-uns/index.html", "Wer wir sind");
    }

    [Fact]
    public void A_link_put_into_the_output_by_hand_never_leads_a_write_out_of_it()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        string outside = Path.Combine(site.Root, "anderswo");
        Directory.CreateDirectory(outside);
        string page = Path.Combine(site.Output, "blog", "eins");
        Directory.Delete(page, recursive: true);
        Directory.CreateSymbolicLink(page, outside);
        site.Edit(Alt, "Beitrag.", "Beitrag, ergänzt.").BuildOk();
        // The link is now in the spare folder, which the next build recycles.
        Assert.NotNull(new DirectoryInfo(Path.Combine(OutputFolder.SpareOf(site.Output), "blog", "eins")).LinkTarget);
        site.Edit(Eins, "Der erste Beitrag.", "Der erste Beitrag, neu.");

        site.Rebuild();

        Assert.Empty(Directory.GetFileSystemEntries(outside));
        Assert.Null(new DirectoryInfo(Path.Combine(site.Output, "blog", "eins")).LinkTarget);
        site.AssertFileContent("blog/eins/index.html", "Der erste Beitrag, neu.");
    }

    [Fact]
    public void Files_folders_and_links_in_the_way_in_the_spare_folder_are_replaced_and_nothing_outside_is_touched()
    {
        using TestSite site = WithSpareFolder();
        string spare = OutputFolder.SpareOf(site.Output);
        string outside = Path.Combine(site.Root, "anderswo");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "bleibt.txt"), "draußen");

        // A file where a page's folder must be, a folder where a file must be, a link to a file outside where a
        // file must be, and a link to a folder outside that nobody writes.
        Directory.Delete(Path.Combine(spare, "ueber-uns"), recursive: true);
        File.WriteAllText(Path.Combine(spare, "ueber-uns"), "eine Datei");
        File.Delete(Path.Combine(spare, "robots.txt"));
        Directory.CreateDirectory(Path.Combine(spare, "robots.txt", "darin"));
        File.WriteAllText(Path.Combine(spare, "robots.txt", "darin", "x.txt"), "x");
        File.Delete(Path.Combine(spare, "sitemap.xml"));
        File.CreateSymbolicLink(Path.Combine(spare, "sitemap.xml"), Path.Combine(outside, "bleibt.txt"));
        Directory.CreateSymbolicLink(Path.Combine(spare, "blog", "fremd"), outside);
        site.Edit(Mitte, "Mitte.", "Mitte, ergänzt.");

        Assert.True(site.Rebuild().FilesCarriedOver > 0);

        Assert.Equal(["bleibt.txt"], Directory.GetFileSystemEntries(outside).Select(Path.GetFileName));
        Assert.Equal("draußen", File.ReadAllText(Path.Combine(outside, "bleibt.txt")));
        site.AssertFileContent("ueber-uns/index.html", "Wer wir sind");
        Assert.True(File.Exists(Path.Combine(site.Output, "robots.txt")));
        Assert.Null(new FileInfo(Path.Combine(site.Output, "sitemap.xml")).LinkTarget);
        Assert.False(Path.Exists(Path.Combine(site.Output, "blog", "fremd")));
        // And the next build, with nothing changed, finds the output as this one left it.
        Assert.True(site.BuildOk().Statistics.UpToDate);
    }

    [Fact]
    public void A_build_without_the_cache_removes_the_spare_folder()
    {
        using TestSite site = WithSpareFolder();

        BuildReport report = site.Build(cache: false);

        Assert.True(report.Succeeded);
        Assert.False(Directory.Exists(OutputFolder.SpareOf(site.Output)));
    }
}
