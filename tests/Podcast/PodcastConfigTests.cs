using Sitecast.Build;
using Sitecast.Diagnostics;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class PodcastConfigTests
{
    private static BuildReport BuildWith(string podcastYml, out TestSite site)
    {
        site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-10\n---\n", 1400, "plain.mp3");
        site.Write("podcast/podcast.yml", podcastYml);
        return site.Build();
    }

    [Fact]
    public void A_category_that_apple_does_not_list_is_an_error_with_the_nearest_one()
    {
        BuildReport report = BuildWith(PodcastFixtures.PodcastYml.Replace("category: Society & Culture", "category: Society and Culture"), out TestSite site);
        using (site)
        {
            Assert.False(report.Succeeded);
            var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal("podcast/podcast.yml:8:11", error.Location.ToString());
            Assert.Equal("'Society and Culture' is not an Apple Podcasts category", error.Message);
            Assert.Equal("did you mean 'Society & Culture'?", error.Hint);
        }
    }

    [Fact]
    public void A_subcategory_of_another_category_is_an_error_listing_the_right_ones()
    {
        BuildReport report = BuildWith(PodcastFixtures.PodcastYml.Replace("subcategory: Documentary", "subcategory: Tech News"), out TestSite site);
        using (site)
        {
            var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal("podcast/podcast.yml:9:14", error.Location.ToString());
            Assert.Contains("Documentary, Personal Journals", error.Hint);
        }
    }

    [Fact]
    public void Missing_required_values_and_unknown_keys_are_reported_at_their_lines()
    {
        const string yml = """
            title: Nur ein Titel
            image: cover.png
            categroy: Government
            type: zufällig
            explicit: false
            """;
        BuildReport report = BuildWith(yml, out TestSite site);
        using (site)
        {
            Assert.False(report.Succeeded);
            Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Warning && d.Location.ToString() == "podcast/podcast.yml:3:1"
                && d.Message == "unknown key 'categroy' is ignored" && d.Hint == "did you mean 'category'?");
            Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Message == "the podcast has no description");
            Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Message == "the podcast has no category");
            Assert.Contains(report.Diagnostics, d => d.Location.ToString() == "podcast/podcast.yml:4:7" && d.Message.Contains("zufällig"));
            Assert.False(Directory.Exists(site.Output));
        }
    }

    [Fact]
    public void A_yaml_syntax_error_names_the_line()
    {
        BuildReport report = BuildWith("title: Test\ndescription: \"offen\n", out TestSite site);
        using (site)
        {
            Assert.False(report.Succeeded);
            Assert.Contains(report.Diagnostics, d => d.Location.Path == "podcast/podcast.yml" && d.Location.Line >= 2 && d.Message.StartsWith("invalid YAML"));
        }
    }

    [Fact]
    public void Audio_without_podcast_yml_is_an_error_naming_the_file()
    {
        using var site = new TestSite("");
        site.WriteBytes("podcast/plain.mp3", PodcastFixtures.Audio("plain.mp3"));
        BuildReport report = site.Build();
        var error = Assert.Single(report.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("podcast/plain.mp3", error.Location.Path);
        Assert.Contains("podcast/podcast.yml", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_audio_is_an_error_naming_it_and_nothing_is_written()
    {
        using TestSite site = PodcastFixtures.Site("", 1400);
        site.Write("podcast/notes.mp3", "this is text, not audio");
        site.WriteBytes("podcast/empty.mp3", []);
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path == "podcast/notes.mp3" && d.Message.StartsWith("cannot read this audio file"));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path == "podcast/empty.mp3");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void An_episode_without_a_date_and_a_bad_sidecar_value_are_errors_at_their_lines()
    {
        using TestSite site = PodcastFixtures.Site("", 1400, "plain.mp3", "tagged.mp3");
        site.Write("podcast/tagged.md", "---\ndate: 2026-11-10\nepisodeType: teaser\n---\n");
        BuildReport report = site.Build();

        Assert.False(report.Succeeded);
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Location.Path == "podcast/plain.mp3"
            && d.Message.Contains("no date") && d.Hint!.Contains("podcast/plain.md"));
        Assert.Contains(report.Diagnostics, d => d.Severity == Severity.Error && d.Location.ToString() == "podcast/tagged.md:3:14"
            && d.Message.Contains("teaser"));
    }

    [Fact]
    public void A_sidecar_linked_from_outside_the_site_is_refused()
    {
        using TestSite site = PodcastFixtures.Site("", 1400, "plain.mp3");
        string outside = Path.Combine(Path.GetTempPath(), "sitecast-tests", Guid.NewGuid().ToString("N") + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, "---\ndate: 2026-11-01\ntitle: Geheim\n---\n");
        try
        {
            File.CreateSymbolicLink(Path.Combine(site.Root, "podcast/plain.md"), outside);
            BuildReport report = site.Build();
            Assert.False(report.Succeeded);
            Assert.Contains(report.Diagnostics, d => d.Location.Path == "podcast/plain.md" && d.Message.Contains("outside the site"));
        }
        finally
        {
            File.Delete(outside);
        }
    }
}
