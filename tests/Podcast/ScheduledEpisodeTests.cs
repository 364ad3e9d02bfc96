using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class ScheduledEpisodeTests
{
    [Fact]
    public void An_episode_dated_only_by_its_tags_appears_on_its_date_even_when_nothing_else_changed()
    {
        // Given: an episode whose recording date (2026-05-01) comes from its tags alone, no sidecar
        using TestSite site = PodcastFixtures.Site();
        site.WriteBytes("podcast/aarhus.mp3", File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests/fixtures/audio/cbr.mp3")));

        // When: built the day before, then the day after, with the cache on and no file changed
        site.BuildOk(now: "2026-04-30T12:00");
        string before = site.Read("podcast/feed.xml");
        BuildReport after = site.BuildOk(now: "2026-05-02T12:00");

        // Then: the second build was not skipped as up to date, and the episode is published
        Assert.False(after.Statistics.UpToDate, "the episode's date passed: the build must not be skipped");
        Assert.DoesNotContain("Aarhus: der Zwilling am Hafen", before);
        Assert.Contains("Aarhus: der Zwilling am Hafen", site.Read("podcast/feed.xml"));
    }
}
