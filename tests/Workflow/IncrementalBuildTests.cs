using Sitecast.Build;
using Sitecast.Incremental;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>The cache between builds: unchanged work is not redone, and the output equals a clean build's.</summary>
public sealed class IncrementalBuildTests
{
    private static readonly string Files = InlineSite.Of(
        InlineSite.Post("2026-10-08-eins", "Eins", "Der *erste* Beitrag.", "tags: [Daten]"),
        InlineSite.Post("2026-10-22-zwei", "Zwei", "Der zweite Beitrag."),
        InlineSite.Post("2026-12-03-drei", "Drei", "Der dritte, geplante Beitrag."),
        InlineSite.AboutUs);

    [Fact]
    public void A_second_build_with_nothing_changed_renders_no_markdown()
    {
        using var site = new TestSite(Files);
        BuildReport first = site.BuildOk();
        BuildReport second = site.BuildOk();

        // Three posts (the scheduled one is read too, then left out) and one page.
        Assert.Equal(4, first.Statistics.MarkdownRendered);
        Assert.False(first.Statistics.UpToDate);
        Assert.True(second.Statistics.UpToDate);
        Assert.Equal(0, second.Statistics.MarkdownRendered);
    }

    [Fact]
    public void A_skipped_build_reports_the_warnings_of_the_build_it_reuses()
    {
        using var site = new TestSite(Files + "\n-- input/pages/info.md --\n---\ntitle: Info\ntitel: Tippfehler\n---\nText.\n");
        BuildReport first = site.BuildOk();
        BuildReport second = site.BuildOk();

        Assert.True(second.Statistics.UpToDate);
        Assert.Contains(first.Diagnostics, d => d.ToString().StartsWith("input/pages/info.md:3:1: warning: unknown key 'titel'", StringComparison.Ordinal));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
    }

    [Fact]
    public void Editing_one_post_renders_only_that_post_and_equals_a_clean_build()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Edit("input/posts/2026-10-22-zwei.md", "title: Zwei", "title: Zwei, neu");
        site.Edit("input/posts/2026-10-22-zwei.md", "Beitrag.", "Beitrag, überarbeitet.");

        BuildStatistics incremental = site.Rebuild();

        Assert.Equal(1, incremental.MarkdownRendered);
        Assert.Equal(3, incremental.MarkdownFromCache);
        site.AssertFileContent("blog/index.html", "Zwei, neu");
    }

    [Fact]
    public void A_scheduled_post_appears_when_its_date_is_reached_although_no_file_changed()
    {
        using var site = new TestSite(Files);
        site.BuildOk(now: "2026-12-02T12:00");
        Assert.True(site.BuildOk(now: "2026-12-02T13:00").Statistics.UpToDate);

        BuildReport onTheDay = site.BuildOk(now: "2026-12-03T00:00");

        Assert.False(onTheDay.Statistics.UpToDate);
        Assert.True(site.Exists("blog/drei/index.html"));
        // And back: an earlier "now" must not reuse the later output.
        Assert.False(site.BuildOk(now: "2026-12-02T12:00").Statistics.UpToDate);
        Assert.False(site.Exists("blog/drei/index.html"));
    }

    [Fact]
    public void Any_date_in_the_content_reached_since_the_last_build_makes_it_run_again()
    {
        // No pipeline reads podcast/ here: the date in the sidecar alone must be enough.
        using var site = new TestSite(Files + "\n-- podcast/folge-1.md --\n---\ntitle: Folge 1\ndate: 2026-11-30T06:00\n---\n");
        site.BuildOk(now: "2026-11-29T10:00");

        Assert.True(site.BuildOk(now: "2026-11-30T05:59").Statistics.UpToDate);
        Assert.False(site.BuildOk(now: "2026-11-30T06:00").Statistics.UpToDate);
        Assert.True(site.BuildOk(now: "2026-12-01T10:00").Statistics.UpToDate);
    }

    [Fact]
    public void An_output_folder_changed_by_hand_is_built_again()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        File.Delete(Path.Combine(site.Output, "blog/eins/index.html"));

        Assert.False(site.Rebuild().UpToDate);
        Assert.True(site.Exists("blog/eins/index.html"));
    }

    [Fact]
    public void A_corrupt_cache_entry_is_ignored_and_replaced()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string cacheRoot = Path.Combine(site.Root, BuildCache.FolderName);
        foreach (string entry in Directory.GetFiles(Path.Combine(cacheRoot, "markdown"), "*.bin", SearchOption.AllDirectories))
            File.WriteAllBytes(entry, File.ReadAllBytes(entry)[..40]);
        // An edit, so that the build is not skipped as up to date and looks every body up in the damaged cache.
        site.Edit("input/posts/2026-10-08-eins.md", "Beitrag.\n", "Beitrag.\n\n");

        Assert.Equal(4, site.Rebuild().MarkdownRendered);
    }

    [Fact]
    public void A_truncated_or_foreign_stamp_means_the_build_runs_and_equals_a_clean_build()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string stamp = Assert.Single(Directory.GetFiles(Path.Combine(site.Root, BuildCache.FolderName, "builds"), "*", SearchOption.AllDirectories));
        byte[] bytes = File.ReadAllBytes(stamp);

        File.WriteAllBytes(stamp, bytes[..^3]);
        Assert.False(site.Rebuild().UpToDate);
        // The build that ran wrote a whole stamp again.
        Assert.True(site.BuildOk().Statistics.UpToDate);

        foreach (var change in CacheFileHeaders.Foreign)
        {
            File.WriteAllBytes(stamp, CacheFileHeaders.Replace(File.ReadAllBytes(stamp), change));
            Assert.False(site.Rebuild().UpToDate);
        }
    }

    [Fact]
    public void Kept_values_come_back_in_the_next_build_and_a_damaged_or_foreign_file_is_a_miss()
    {
        string root = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
        var cache = new BuildCache(root);
        var first = new KeptValues<string>(cache, "audio-integrity", byProgramBuild: false);
        Assert.Equal("sha384-eins", first.GetOrMake("folge-1.mp3", () => "sha384-eins"));
        first.Save();

        var next = new KeptValues<string>(cache, "audio-integrity", byProgramBuild: false);
        Assert.Equal("sha384-eins", next.GetOrMake("folge-1.mp3", () => "made again"));
        Assert.False(next.TryGet("folge-2.mp3", out _));
        // A file another store (or another layout) wrote is not read as this one's.
        Assert.False(new KeptValues<string>(cache, "audio-integrity", byProgramBuild: true).TryGet("folge-1.mp3", out _));

        string file = Path.Combine(root, "audio-integrity.bin");
        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^3]);
        Assert.False(new KeptValues<string>(cache, "audio-integrity", byProgramBuild: false).TryGet("folge-1.mp3", out _));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_value_read_from_a_file_is_read_again_only_when_the_file_changed_size_or_time()
    {
        string root = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        string audio = Path.Combine(root, "folge.mp3");
        File.WriteAllBytes(audio, [1, 2, 3, 4]);
        var cache = new BuildCache(Path.Combine(root, ".cache"));
        int read = 0;
        string Read(string path) => $"{++read}: {File.ReadAllBytes(path).Length} bytes";

        var store = new KeptValues<string>(cache, "audio-integrity", byProgramBuild: false);
        Assert.Equal("1: 4 bytes", store.GetOrRead(audio, Read));
        store.Save();
        Assert.Equal("1: 4 bytes", new KeptValues<string>(cache, "audio-integrity", byProgramBuild: false).GetOrRead(audio, Read));
        File.SetLastWriteTimeUtc(audio, DateTime.UtcNow.AddMinutes(5));
        Assert.Equal("2: 4 bytes", store.GetOrRead(audio, Read));
        File.WriteAllBytes(audio, [9, 9, 9, 9, 9]);
        Assert.Equal("3: 5 bytes", store.GetOrRead(audio, Read));
        // Without a cache every value is read, and nothing is written.
        var none = new KeptValues<string>(null, "audio-integrity", byProgramBuild: false);
        Assert.Equal("4: 5 bytes", none.GetOrRead(audio, Read));
        Assert.Equal("5: 5 bytes", none.GetOrRead(audio, Read));
        none.Save();
        Directory.Delete(root, recursive: true);
    }
}
