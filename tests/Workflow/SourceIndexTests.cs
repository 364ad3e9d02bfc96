using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Incremental;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// A Markdown file unchanged since the last build (same path, size and modification time) is not read again: its
/// front matter and body come from the source index. Whatever the index holds, the output equals a clean build's
/// and the warnings are those a full read gives.
/// </summary>
public sealed class SourceIndexTests
{
    private static readonly string Files = InlineSite.Of(
        InlineSite.Post("2026-09-10-alt", "Alt", "Ein *alter* Beitrag mit [Link](/blog/eins/).", "tags: [Daten]"),
        InlineSite.Post("2026-10-08-eins", "Eins", "Der erste Beitrag.", "author: anna", "titel: Tippfehler"),
        InlineSite.Post("2026-10-22-zwei", "Zwei", "Der zweite Beitrag."),
        InlineSite.AboutUs);

    private const string Alt = "input/posts/2026-09-10-alt.md";
    private const string Zwei = "input/posts/2026-10-22-zwei.md";

    [Fact]
    public void Unchanged_files_are_not_read_again_and_the_output_equals_a_clean_build()
    {
        using var site = new TestSite(Files);
        Assert.Equal(0, site.BuildOk().Statistics.SourcesNotRead);
        site.Edit(Zwei, "Beitrag.", "Beitrag, überarbeitet.");

        BuildStatistics second = site.Rebuild();

        Assert.Equal(3, second.SourcesNotRead);
        Assert.Equal(1, second.MarkdownRendered);
        site.AssertFileContent("blog/zwei/index.html", "überarbeitet");
    }

    [Fact]
    public void An_edit_that_keeps_the_file_size_is_read()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string path = Path.Combine(site.Root, Alt);
        long size = new FileInfo(path).Length;
        site.Edit(Alt, "title: Alt", "title: Neu");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(2));
        Assert.Equal(size, new FileInfo(path).Length);

        Assert.Equal(3, site.Rebuild().SourcesNotRead);

        site.AssertFileContent("blog/alt/index.html", "<h1>Neu</h1>");
    }

    [Fact]
    public void A_file_that_is_not_read_again_gives_the_same_warnings_at_the_same_lines()
    {
        using var site = new TestSite(Files);
        BuildReport first = site.BuildOk();
        site.Edit(Zwei, "Beitrag.", "Beitrag, überarbeitet.");

        BuildReport second = site.BuildOk();

        Assert.Equal(3, second.Statistics.SourcesNotRead);
        Diagnostic typo = Assert.Single(second.Diagnostics, d => d.Message.Contains("titel", StringComparison.Ordinal));
        Assert.Equal("input/posts/2026-10-08-eins.md:4:1: warning: unknown key 'titel' is ignored", typo.ToString().Split('\n')[0]);
        Assert.Equal("did you mean 'title'?", typo.Hint);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void A_new_base_url_reads_every_file_again()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Edit("site.yml", "https://example.org/", "https://example.org/stadt/");

        Assert.Equal(0, site.Rebuild().SourcesNotRead);

        site.AssertFileContent("blog/alt/index.html", "href=\"/stadt/blog/eins/\"");
    }

    [Fact]
    public void A_damaged_index_is_ignored()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string index = Path.Combine(site.Root, ".sitecast-cache", "sources", "index.bin");
        Assert.True(File.Exists(index));
        byte[] bytes = File.ReadAllBytes(index);
        File.WriteAllBytes(index, bytes[..(bytes.Length / 2)]);
        site.Edit(Zwei, "Beitrag.", "Beitrag, überarbeitet.");

        Assert.Equal(0, site.Rebuild().SourcesNotRead);
    }

    [Fact]
    public void A_post_with_an_image_is_read_every_time_so_its_image_is_checked()
    {
        using var site = new TestSite(Files);
        site.WriteBytes("input/posts/bild.png", PodcastFixtures.Png(64, 48));
        site.Edit(Alt, "[Link](/blog/eins/).", "[Link](/blog/eins/).\n\n![](bild.png)");
        site.BuildOk();
        site.Edit(Zwei, "Beitrag.", "Beitrag, überarbeitet.");

        Assert.Equal(2, site.Rebuild().SourcesNotRead);

        Assert.Contains(site.Report!.Diagnostics, d => d.Message == "the image 'bild.png' has no alt text");
    }

    [Fact]
    public void Content_dates_of_files_the_index_knows_come_from_it_and_equal_those_read_from_the_files()
    {
        using var site = new TestSite(Files + "\n-- input/pages/termin.md --\n---\ntitle: Termin\nevent_date: 2027-03-01T18:00\ndate: \"2026-12-24\"\n---\nText.\n");
        site.BuildOk();
        var cache = new Sitecast.Incremental.BuildCache(Path.Combine(site.Root, ".sitecast-cache"));
        var sources = new Sitecast.Incremental.SourceIndex(cache, Sitecast.Incremental.MarkdownCacheIndex.None, new Sitecast.Content.MarkdownRenderer("de").CacheOptions);
        BuildOptions options = site.Options();
        IReadOnlyList<string> read = UpToDateCheck.ContentDates(options);
        Assert.Contains("2027-03-01T18:00", read);
        Assert.Contains("2026-12-24", read);

        // A file read this build gives its dates from the index, found there by the same rule.
        string text = File.ReadAllText(Path.Combine(site.Root, "input/pages/termin.md"));
        var file = new FileInfo(Path.Combine(site.Root, "input/pages/termin.md"));
        sources.Put("input/pages/termin.md", new Sitecast.Incremental.KnownSource(file.Length, file.LastWriteTimeUtc.Ticks, new(),
            [], 1, 5, "abc", UpToDateCheck.DatesInFrontMatter(new StringReader(text))));
        Assert.Equal(read, UpToDateCheck.ContentDates(options, sources));

        // And only from there: an entry that says otherwise (it cannot, for an unchanged file) is what counts.
        sources.Put("input/pages/termin.md", new Sitecast.Incremental.KnownSource(file.Length, file.LastWriteTimeUtc.Ticks, new(),
            [], 1, 5, "abc", ["2030-01-01"]));
        Assert.Contains("2030-01-01", UpToDateCheck.ContentDates(options, sources));
        Assert.DoesNotContain("2030-01-01", UpToDateCheck.ContentDates(options));
    }

    [Fact]
    public void A_file_is_judged_by_the_status_the_input_walk_read_as_the_fingerprint_records_it()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        using var reuse = Sitecast.Incremental.BuildReuse.For(site.Options());
        var markdown = new Sitecast.Content.MarkdownRenderer("de", reuse: reuse);
        reuse.Open(markdown.CacheOptions, new BuildStatistics());
        string path = Path.Combine(site.Root, "input/posts/2026-10-22-zwei.md");
        // Read once, as a build does: the index then knows the file.
        Sitecast.Content.MarkdownSource.Read(new FileInfo(path), "input/posts/2026-10-22-zwei.md", markdown, new DiagnosticBag(), reuse);
        var walked = new FileInfo(path);
        Assert.True(walked.Length > 0);

        // The file changes after the walk read its status.
        File.AppendAllText(path, "Nachtrag.\n");
        File.SetLastWriteTimeUtc(path, walked.LastWriteTimeUtc.AddMinutes(1));

        // Read with the walk's status, it is the file the fingerprint records: unchanged, taken from the index.
        var diagnostics = new DiagnosticBag();
        var asWalked = Sitecast.Content.MarkdownSource.Read(walked, "input/posts/2026-10-22-zwei.md", markdown, diagnostics, reuse);
        Assert.DoesNotContain("Nachtrag", asWalked.Body.Body.Decode(), StringComparison.Ordinal);
        // As it is now, it is read again (and the next build's fingerprint differs, so that build reads it).
        var asNow = Sitecast.Content.MarkdownSource.Read(new FileInfo(path), "input/posts/2026-10-22-zwei.md", markdown, diagnostics, reuse);
        Assert.Contains("Nachtrag", asNow.Body.Body.Decode(), StringComparison.Ordinal);
        Assert.False(site.BuildOk().Statistics.UpToDate);
        site.AssertFileContent("blog/zwei/index.html", "Nachtrag");
    }

    [Fact]
    public void Content_dates_from_the_files_the_input_fingerprint_listed_equal_those_of_a_walk_of_the_folders()
    {
        using var site = new TestSite(Files + "\n-- input/pages/termin.md --\n---\ntitle: Termin\nevent_date: 2027-03-01T18:00\n---\nText.\n");
        site.Write("podcast/2026-12-01-folge.md", "---\ntitle: Folge\n---\nNotizen.\n");
        site.Write("theme/layouts/2030-01-01-nicht-inhalt.liquid", "{{ content }}");
        site.BuildOk();
        BuildOptions options = site.Options();

        var listed = new List<FileInfo>();
        UpToDateCheck.InputFingerprint(options, listed);

        // The theme is fingerprinted but holds no content dates; input/ and podcast/ are listed, site/ is not.
        Assert.DoesNotContain(listed, f => f.FullName.Contains("/theme/", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, f => f.FullName.StartsWith(site.Output + "/", StringComparison.Ordinal));
        IReadOnlyList<string> walked = UpToDateCheck.ContentDates(options);
        Assert.Contains("2027-03-01T18:00", walked);
        Assert.Contains("2026-12-01", walked);
        Assert.DoesNotContain("2030-01-01", walked);
        Assert.Equal(walked, UpToDateCheck.ContentDates(options, contentFiles: listed));
    }
}
