using Sitecast.Build;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Workflow;

/// <summary>
/// Cache files of earlier versions that this one no longer reads (JSON audio facts, hashes and cover sizes, TSV
/// output manifests, JSON build stamps) are deleted by the next build that uses the cache, and by nothing else.
/// </summary>
public sealed class EarlierCacheFormatsTests
{
    private static readonly string[] Leftovers =
    [
        "audio/3f/3f0a9c2e.json", "integrity/a1/a1b2c3d4.json", "cover-size/0c/0c0d0e0f.json",
        "outputs/5e/5e6f7a8b.tsv", "builds/9c/9c8d7e6f.json",
    ];

    [Fact]
    public void A_build_with_the_cache_deletes_the_earlier_formats_and_keeps_its_own_files()
    {
        using TestSite site = PodcastFixtures.Site(InlineSite.Of(
            InlineSite.Post("2026-11-05-eins", "Eins", "Text."),
            InlineSite.Episode("plain", "Folge", "Text.", "date: 2026-11-10T08:00")), 1400, "plain.mp3");
        string cache = Path.Combine(site.Root, ".sitecast-cache");
        foreach (string leftover in Leftovers) Write(cache, leftover);
        // Not an earlier format: a file the folder's owner put there is none of the build's business.
        Write(cache, "outputs/notes.txt");

        BuildReport withoutCache = site.Build(cache: false);
        Assert.True(withoutCache.Succeeded, string.Join("\n", withoutCache.Diagnostics));
        Assert.All(Leftovers, leftover => Assert.True(File.Exists(Path.Combine(cache, leftover)), $"--no-cache deleted {leftover}"));

        BuildReport report = site.Build();

        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        foreach (string folder in new[] { "audio", "integrity", "cover-size" })
            Assert.False(Directory.Exists(Path.Combine(cache, folder)), $"{folder}/ is still in the cache");
        Assert.Empty(Directory.EnumerateFiles(cache, "*.tsv", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(cache, "builds"), "*.json", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(cache, "outputs/notes.txt")));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(cache, "outputs"), "*.bin", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(cache, "builds"), "*.bin", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(cache, "audio-facts.bin")));

        // The next build still finds its own stamp: nothing changed, so nothing is rebuilt.
        Assert.True(site.Build().Statistics.UpToDate);
    }

    private static void Write(string cache, string relative)
    {
        string path = Path.Combine(cache, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{}");
    }
}
