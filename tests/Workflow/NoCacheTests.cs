using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// A build with --no-cache neither reads nor writes .sitecast-cache/: resized images, covers, audio facts and
/// rendered Markdown are made for that build alone, and the output is the same as a build with the cache.
/// </summary>
public sealed class NoCacheTests
{
    [Fact]
    public void A_build_without_the_cache_writes_nothing_under_the_cache_folder_and_the_same_output()
    {
        using TestSite site = PodcastFixtures.Site(InlineSite.Of(
            InlineSite.Post("2026-11-05-karte", "Karte", "![Die Karte](/images/karte.png)"),
            InlineSite.Post("2026-11-06-text", "Text", "Nur Text, [zur Karte](/blog/karte/)."),
            InlineSite.Episode("plain", "Folge", "Text.", "date: 2026-11-10T08:00")), 1400, "plain.mp3");
        site.WriteBytes("input/images/karte.png", PodcastFixtures.Png(1600, 900));
        string cacheFolder = Path.Combine(site.Root, ".sitecast-cache");

        BuildReport report = site.Build(cache: false);

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.False(Directory.Exists(cacheFolder), "a build with --no-cache wrote .sitecast-cache/: "
            + string.Join(", ", Directory.Exists(cacheFolder) ? Directory.GetFileSystemEntries(cacheFolder) : Array.Empty<string>()));
        var withoutCache = FolderSnapshot.Of(site.Output);
        Assert.Contains(withoutCache.Keys, path => path.StartsWith("images/karte-", StringComparison.Ordinal));

        string cachedOutput = Path.Combine(site.Root, "site-cached");
        Assert.True(site.Build(output: cachedOutput).Succeeded);
        // With the cache, the same site fills every store: so a store that wrote without the cache would have shown above.
        foreach (string kept in new[] { "audio-facts.bin", "audio-integrity.bin", "cover-sizes.bin", "covers", "images", "markdown",
                     "sources/index.bin", "search/scores.bin", "links", "outputs", "builds" })
            Assert.True(Path.Exists(Path.Combine(cacheFolder, kept)), $"the cached build kept no {kept}");
        FolderSnapshot.AssertSame(FolderSnapshot.Of(cachedOutput), withoutCache);
    }
}
