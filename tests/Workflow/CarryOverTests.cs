using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// Unchanged output files are taken over from the previous build (not rendered, not written): they keep their
/// modification time, and the output still equals a clean build's byte for byte.
/// </summary>
public sealed class CarryOverTests
{
    private static readonly string Files = InlineSite.Of(
        InlineSite.Post("2026-09-10-alt", "Alt", "Ein *alter* Beitrag.", "tags: [Daten]"),
        InlineSite.Post("2026-09-24-mitte", "Mitte", "Ein Beitrag in der Mitte.", "tags: [Daten]"),
        InlineSite.Post("2026-10-08-eins", "Eins", "Der erste Beitrag.", "tags: [Verkehr]"),
        InlineSite.Post("2026-10-22-zwei", "Zwei", "Der zweite Beitrag."),
        InlineSite.AboutUs);

    [Fact]
    public void Editing_a_post_body_rewrites_its_page_and_the_listings_showing_it_and_takes_the_rest_over()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var before = Stamps(site);
        site.Write("input/posts/2026-09-10-alt.md", "---\ntitle: Alt\ntags: [Daten]\n---\nEin *alter* Beitrag, ergänzt.\n");

        BuildReport second = site.BuildOk();

        var after = Stamps(site);
        string[] rewritten = after.Where(f => !before.TryGetValue(f.Key, out var old) || old != f.Value)
            .Select(f => f.Key).Order(StringComparer.Ordinal).ToArray();
        // The post's page and every page that shows its text; search index, feeds and sitemap are made anew each time.
        Assert.Contains("blog/alt/index.html", rewritten);
        Assert.Contains("tags/daten/index.html", rewritten);
        Assert.DoesNotContain("blog/eins/index.html", rewritten);
        Assert.DoesNotContain("tags/verkehr/index.html", rewritten);
        Assert.DoesNotContain("ueber-uns/index.html", rewritten);
        Assert.True(second.Statistics.FilesCarriedOver > 0);
        site.AssertFileContent("blog/alt/index.html", "ergänzt");
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void A_changed_title_reaches_the_neighbouring_posts_that_link_to_it()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Write("input/posts/2026-09-24-mitte.md", "---\ntitle: Mitte, umbenannt\ntags: [Daten]\n---\nEin Beitrag in der Mitte.\n");

        site.BuildOk();

        site.AssertFileContent("blog/alt/index.html", "Mitte, umbenannt");
        site.AssertFileContent("blog/eins/index.html", "Mitte, umbenannt");
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void Site_wide_values_and_theme_strings_reach_every_post_page()
    {
        // Post pages are keyed by what their values are made from (see PostPage): the site's name and the theme's
        // strings are among those inputs, not only the post itself.
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Write("site.yml", TestSite.DefaultSiteYml.Replace("title: Test Site", "title: Neuer Name", StringComparison.Ordinal));
        site.BuildOk();
        site.AssertFileContent("blog/alt/index.html", "\"name\":\"Neuer Name\"");
        CleanBuildComparison.AssertSameAsCleanBuild(site);

        string strings = File.ReadAllText(Path.Combine(RepoPaths.Theme, "i18n", "de.yml"));
        site.Write("theme/i18n/de.yml", strings.Replace("older_post: Älterer Beitrag", "older_post: Vorheriger Beitrag", StringComparison.Ordinal));
        site.BuildOk();
        site.AssertFileContent("blog/mitte/index.html", "Vorheriger Beitrag");
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void The_feeds_are_taken_over_when_no_post_they_show_changed()
    {
        // The feeds show the two newest posts: an edit to an older one leaves them as they were.
        using var site = new TestSite(Files + "\n-- site.yml --\n" + TestSite.DefaultSiteYml + "\nfeedItems: 2\n");
        site.BuildOk();
        string[] feeds = ["feed.xml", "atom.xml", "feed.json"];
        var before = Stamps(site);
        site.Write("input/posts/2026-09-10-alt.md", "---\ntitle: Alt\ntags: [Daten]\n---\nEin *alter* Beitrag, ergänzt.\n");

        site.BuildOk();

        var after = Stamps(site);
        Assert.All(feeds, feed => Assert.Equal(before[feed], after[feed]));
        CleanBuildComparison.AssertSameAsCleanBuild(site);

        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nDer zweite Beitrag, ergänzt.\n");
        site.BuildOk();
        Assert.All(feeds, feed => site.AssertFileContent(feed, "ergänzt"));
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void A_changed_theme_template_renders_every_page_again()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string footer = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.liquid"))
            .Replace("</body>", "<!-- eigene Fußzeile --></body>", StringComparison.Ordinal);
        site.Write("theme/layouts/base.liquid", footer);

        site.BuildOk();

        // Only the theme's unchanged assets (CSS, scripts) may be taken over; every page shows the new template.
        Assert.All(site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)),
            page => Assert.Contains("eigene Fußzeile", site.Read(page)));
    }

    [Fact]
    public void A_theme_that_shows_the_time_of_the_build_has_every_page_rendered_again()
    {
        using var site = new TestSite(Files);
        string layout = File.ReadAllText(Path.Combine(RepoPaths.Theme, "layouts", "base.liquid"))
            .Replace("</body>", "<!-- {{ 'now' | date: '%Y' }} --></body>", StringComparison.Ordinal);
        site.Write("theme/layouts/base.liquid", layout);
        site.BuildOk();
        var before = Stamps(site);
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nDer zweite Beitrag, neu.\n");

        site.BuildOk();

        var after = Stamps(site);
        Assert.All(before.Keys.Where(f => f.EndsWith(".html", StringComparison.Ordinal)), page => Assert.NotEqual(before[page], after[page]));
    }

    [Fact]
    public void An_output_file_changed_by_hand_is_written_again_not_taken_over()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        string page = Path.Combine(site.Output, "blog", "eins", "index.html");
        File.WriteAllText(page, "von Hand geändert");
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nDer zweite Beitrag, neu.\n");

        site.BuildOk();

        Assert.DoesNotContain("von Hand geändert", site.Read("blog/eins/index.html"));
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void A_build_into_another_folder_in_between_does_not_stop_files_being_taken_over()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        // As a preview or a check does: the same source, with the cache, into another output folder.
        BuildReport elsewhere = SiteBuilder.BuildAsync(site.Options(output: Path.Combine(site.Root, "elsewhere"))).GetAwaiter().GetResult();
        Assert.True(elsewhere.Succeeded);
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nDer zweite Beitrag, neu.\n");

        BuildReport second = site.BuildOk();

        Assert.True(second.Statistics.FilesCarriedOver > 0);
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void Without_the_cache_nothing_is_taken_over()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nNeu.\n");

        BuildReport second = SiteBuilder.BuildAsync(site.Options() with { UseCache = false }).GetAwaiter().GetResult();

        Assert.True(second.Succeeded);
        Assert.Equal(0, second.Statistics.FilesCarriedOver);
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_and_the_next_build_still_takes_files_over()
    {
        using var site = new TestSite(Files);
        site.BuildOk();
        var before = Stamps(site);
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\ndate: kein Datum\n---\nKaputt.\n");

        Assert.False(site.Build().Succeeded);
        Assert.Equal(before, Stamps(site));

        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nWieder heil.\n");
        BuildReport third = site.BuildOk();
        Assert.True(third.Statistics.FilesCarriedOver > 0);
        Assert.Equal(before["blog/alt/index.html"], Stamps(site)["blog/alt/index.html"]);
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    [Fact]
    public void A_build_failing_at_the_link_check_throws_away_the_manifests_it_had_written()
    {
        // The manifests and link scans are written beside the link check (see SiteBuilder) and only put in place
        // once the output is.
        using var site = new TestSite(Files);
        site.BuildOk();
        var before = Stamps(site);
        string cache = Path.Combine(site.Root, Sitecast.Cache.BuildCache.FolderName);
        var manifests = Directory.GetFiles(cache, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nSiehe [dort](/gibt-es-nicht/).\n");

        BuildReport failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("broken link", StringComparison.Ordinal));
        Assert.Equal(before, Stamps(site));
        Assert.Empty(Directory.GetFiles(cache, "*.tmp", SearchOption.AllDirectories));
        foreach (string kind in new[] { "outputs", "links" })
            foreach (string file in Directory.GetFiles(Path.Combine(cache, kind), "*", SearchOption.AllDirectories))
                Assert.Equal(manifests[file], File.ReadAllBytes(file));

        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nWieder heil.\n");
        Assert.True(site.BuildOk().Statistics.FilesCarriedOver > 0);
        CleanBuildComparison.AssertSameAsCleanBuild(site);
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
        using TestSite site = PodcastFixtures.Site(Files + "\n" + sidecars, 1400, "plain.mp3", "tagged.mp3");
        site.BuildOk();
        var before = Stamps(site);
        string[] audio = before.Keys.Where(f => f.StartsWith("podcast/audio/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, audio.Length);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Root, ".sitecast-cache", "audio"), "*.json", SearchOption.AllDirectories));
        site.Write("input/posts/2026-10-22-zwei.md", "---\ntitle: Zwei\n---\nDer zweite Beitrag, neu.\n");

        BuildReport second = site.BuildOk();

        // The audio is the file of the last build, not copied again; the facts read from the cache give the same feed.
        Assert.All(audio, file => Assert.Equal(before[file], Stamps(site)[file]));
        Assert.True(second.Statistics.FilesCarriedOver >= audio.Length);
        CleanBuildComparison.AssertSameAsCleanBuild(site);
    }

    /// <summary>Each output file's modification time and size: a file taken over keeps both.</summary>
    private static Dictionary<string, (long, long)> Stamps(TestSite site) => site.OutputFiles().ToDictionary(
        f => f, f => new FileInfo(Path.Combine(site.Output, f)) is var info ? (info.LastWriteTimeUtc.Ticks, info.Length) : default,
        StringComparer.Ordinal);
}
