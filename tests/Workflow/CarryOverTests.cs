using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// Unchanged output files are taken over from the previous build (not rendered, not written): they keep their
/// modification time, and the output still equals a clean build's byte for byte (each <see cref="TestSite.Rebuild"/>).
/// </summary>
public sealed class CarryOverTests
{
    private const string Alt = "input/posts/2026-09-10-alt.md";
    private const string Zwei = "input/posts/2026-10-22-zwei.md";

    [Fact]
    public void Editing_a_post_body_rewrites_its_page_and_the_listings_showing_it_and_takes_the_rest_over()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        var before = Stamps(site);
        site.Edit(Alt, "Beitrag.", "Beitrag, ergänzt.");

        BuildStatistics second = site.Rebuild();

        var after = Stamps(site);
        string[] rewritten = after.Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value)
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        // The post's page and every page that shows its text; search index, feeds and sitemap are made anew each time.
        Assert.Contains("blog/alt/index.html", rewritten);
        Assert.Contains("tags/daten/index.html", rewritten);
        Assert.DoesNotContain("blog/eins/index.html", rewritten);
        Assert.DoesNotContain("tags/verkehr/index.html", rewritten);
        Assert.DoesNotContain("ueber-uns/index.html", rewritten);
        Assert.True(second.FilesCarriedOver > 0);
        site.AssertFileContent("blog/alt/index.html", "ergänzt");
    }

    [Fact]
    public void A_changed_title_reaches_the_neighbouring_posts_that_link_to_it()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        site.Edit("input/posts/2026-09-24-mitte.md", "title: Mitte", "title: Mitte, umbenannt");

        site.Rebuild();

        site.AssertFileContent("blog/alt/index.html", "Mitte, umbenannt");
        site.AssertFileContent("blog/eins/index.html", "Mitte, umbenannt");
    }

    [Fact]
    public void Site_wide_values_and_theme_strings_reach_every_post_page()
    {
        // Post pages are keyed by what their values are made from (see PostPage): the site's name and the theme's
        // strings are among those inputs, not only the post itself.
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        site.Edit("site.yml", "title: Test Site", "title: Neuer Name").Rebuild();
        site.AssertFileContent("blog/alt/index.html", "\"name\":\"Neuer Name\"");

        site.EditTheme("i18n/de.yml", "older_post: Älterer Beitrag", "older_post: Vorheriger Beitrag").Rebuild();
        site.AssertFileContent("blog/mitte/index.html", "Vorheriger Beitrag");
    }

    [Fact]
    public void The_feeds_are_taken_over_when_no_post_they_show_changed()
    {
        // The feeds show the two newest posts: an edit to an older one leaves them as they were.
        using var site = new TestSite(InlineSite.FourPosts + "\n-- site.yml --\n" + TestSite.DefaultSiteYml + "\nfeedItems: 2\n");
        site.BuildOk();
        string[] feeds = ["feed.xml", "atom.xml", "feed.json"];
        var before = Stamps(site);
        site.Edit(Alt, "Beitrag.", "Beitrag, ergänzt.");

        site.Rebuild();

        var after = Stamps(site);
        Assert.All(feeds, feed => Assert.Equal(before[feed], after[feed]));

        site.Edit(Zwei, "Beitrag.", "Beitrag, ergänzt.").Rebuild();
        Assert.All(feeds, feed => site.AssertFileContent(feed, "ergänzt"));
    }

    [Fact]
    public void A_changed_theme_template_renders_every_page_again()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        site.EditTheme("layouts/base.liquid", "</body>", "<!-- eigene Fußzeile --></body>");

        site.Rebuild();

        // Only the theme's unchanged assets (CSS, scripts) may be taken over; every page shows the new template.
        Assert.All(site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)),
            page => Assert.Contains("eigene Fußzeile", site.Read(page)));
    }

    [Fact]
    public void A_theme_that_shows_the_time_of_the_build_has_every_page_rendered_again()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.EditTheme("layouts/base.liquid", "</body>", "<!-- {{ 'now' | date: '%Y' }} --></body>");
        site.BuildOk();
        var before = Stamps(site);
        site.Edit(Zwei, "Beitrag.", "Beitrag, neu.");

        site.Rebuild();

        var after = Stamps(site);
        Assert.All(before.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), page => Assert.NotEqual(before[page], after[page]));
    }

    [Fact]
    public void An_output_file_changed_by_hand_is_written_again_not_taken_over()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        File.WriteAllText(Path.Combine(site.Output, "blog", "eins", "index.html"), "von Hand geändert");
        site.Edit(Zwei, "Beitrag.", "Beitrag, neu.");

        site.Rebuild();

        Assert.DoesNotContain("von Hand geändert", site.Read("blog/eins/index.html"));
    }

    [Fact]
    public void A_build_into_another_folder_in_between_does_not_stop_files_being_taken_over()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        // As a preview or a check does: the same source, with the cache, into another output folder.
        Assert.True(site.Build(output: Path.Combine(site.Root, "elsewhere")).Succeeded);
        site.Edit(Zwei, "Beitrag.", "Beitrag, neu.");

        Assert.True(site.Rebuild().FilesCarriedOver > 0);
    }

    [Fact]
    public void Without_the_cache_nothing_is_taken_over()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        site.Edit(Zwei, "Der zweite Beitrag.", "Neu.");

        BuildReport second = site.Build(cache: false);

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Statistics.FilesCarriedOver);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_and_the_next_build_still_takes_files_over()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        var before = Stamps(site);
        site.Edit(Zwei, "title: Zwei", "title: Zwei\ndate: kein Datum");

        Assert.False(site.Build().Succeeded);
        Assert.Equal(before, Stamps(site));

        site.Edit(Zwei, "date: kein Datum", "description: Wieder heil");
        Assert.True(site.Rebuild().FilesCarriedOver > 0);
        Assert.Equal(before["blog/alt/index.html"], Stamps(site)["blog/alt/index.html"]);
    }

    [Fact]
    public void A_build_failing_at_the_link_check_throws_away_the_manifests_it_had_written()
    {
        // The manifests and link scans are written beside the link check (see SiteBuilder) and only put in place
        // once the output is.
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        var before = Stamps(site);
        string cache = Path.Combine(site.Root, Sitecast.Incremental.BuildCache.FolderName);
        var manifests = Directory.GetFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        site.Edit(Zwei, "Der zweite Beitrag.", "Siehe [dort](/gibt-es-nicht/).");

        BuildReport failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("broken link", StringComparison.Ordinal));
        Assert.Equal(before, Stamps(site));
        Assert.Empty(Directory.GetFiles(cache, "*.tmp", SearchOption.AllDirectories));
        foreach (string kind in new[] { "outputs", "links" })
            foreach (string file in Directory.GetFiles(Path.Combine(cache, kind), "*", SearchOption.AllDirectories))
                Assert.Equal(manifests[file], File.ReadAllBytes(file));

        site.Edit(Zwei, "Siehe [dort](/gibt-es-nicht/).", "Wieder heil.");
        Assert.True(site.Rebuild().FilesCarriedOver > 0);
    }

    [Fact]
    public void A_truncated_or_foreign_manifest_means_every_file_is_written_and_the_output_equals_a_clean_build()
    {
        using var site = new TestSite(InlineSite.FourPosts);
        site.BuildOk();
        // Now both manifests are there: the output's and the spare folder's.
        site.Edit(Alt, "Beitrag.", "Beitrag, ergänzt.").Rebuild();
        string[] manifests = Directory.GetFiles(Path.Combine(site.Root, Sitecast.Incremental.BuildCache.FolderName, "outputs"), "*",
            SearchOption.AllDirectories);
        Assert.Equal(2, manifests.Length);

        foreach (string manifest in manifests) File.WriteAllBytes(manifest, File.ReadAllBytes(manifest)[..^3]);
        Assert.Equal(0, site.Edit(Zwei, "Beitrag.", "Beitrag, neu.").Rebuild().FilesCarriedOver);
        // That build wrote whole manifests again.
        Assert.True(site.Edit(Zwei, "Beitrag, neu.", "Beitrag, neuer.").Rebuild().FilesCarriedOver > 0);

        foreach (var change in CacheFileHeaders.Foreign)
        {
            foreach (string manifest in manifests) File.WriteAllBytes(manifest, CacheFileHeaders.Replace(File.ReadAllBytes(manifest), change));
            Assert.Equal(0, site.Edit(Zwei, "Beitrag, neuer.", "Beitrag, anders.").Rebuild().FilesCarriedOver);
            site.Edit(Zwei, "Beitrag, anders.", "Beitrag, neuer.").Rebuild();
        }
    }

    [Fact]
    public void Audio_facts_and_files_come_from_the_last_build_and_the_output_equals_a_clean_build()
    {
        const string sidecars = """
            -- podcast/plain.md --
            ---
            date: 2026-11-10T08:00
            ---
            Notizen zur ersten Folge.
            -- podcast/tagged.md --
            ---
            date: 2026-11-17T08:00
            ---
            Notizen zur zweiten Folge.
            """;
        using TestSite site = PodcastFixtures.Site(InlineSite.FourPosts + "\n" + sidecars, 1400, "plain.mp3", "tagged.mp3");
        site.BuildOk();
        var before = Stamps(site);
        string[] audio = before.Keys.Where(f => f.StartsWith("podcast/audio/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, audio.Length);
        Assert.True(File.Exists(Path.Combine(site.Root, ".sitecast-cache", "audio-facts.bin")));
        site.Edit(Zwei, "Beitrag.", "Beitrag, neu.");

        BuildStatistics second = site.Rebuild();

        // The audio is the file of the last build, not copied again; the facts read from the cache give the same feed.
        Assert.All(audio, file => Assert.Equal(before[file], Stamps(site)[file]));
        Assert.True(second.FilesCarriedOver >= audio.Length);
    }

    /// <summary>Each output file's modification time and size: a file taken over keeps both.</summary>
    private static Dictionary<string, (long, long)> Stamps(TestSite site) => site.OutputFiles().ToDictionary(
        f => f, f => new FileInfo(Path.Combine(site.Output, f)) is var info ? (info.LastWriteTimeUtc.Ticks, info.Length) : default,
        StringComparer.Ordinal);
}
