using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class CoverCacheTests
{
    [Fact]
    public void Covers_resized_once_are_taken_from_the_cache_and_give_the_same_bytes()
    {
        // Given: a podcast whose 1400 px cover is resized on the first build
        using TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ntitle: Schlicht\ndate: 2026-11-10\n---\nNotizen.\n", audio: "plain.mp3");
        site.BuildOk();
        var first = CoverFiles(site);
        string cacheFolder = Path.Combine(site.Root, ".sitecast-cache", "covers");
        Assert.NotEmpty(first);
        Assert.Equal(first.Count, Directory.GetFiles(cacheFolder, "*.jpg", SearchOption.AllDirectories).Length);

        // When: the output is gone (so the build runs) and the cache is kept
        Directory.Delete(site.Output, recursive: true);
        site.BuildOk();

        // Then: the same files, byte for byte
        var second = CoverFiles(site);
        Assert.Equal(first.Keys, second.Keys);
        foreach (var (name, bytes) in first) Assert.True(bytes.SequenceEqual(second[name]), $"{name} differs");

        // And the cache is what the second build used: a marked cache file comes out as it is.
        string cached = Directory.GetFiles(cacheFolder, "*.jpg", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        byte[] marked = [.. File.ReadAllBytes(cached), 0x4D, 0x41, 0x52, 0x4B];
        File.WriteAllBytes(cached, marked);
        Directory.Delete(site.Output, recursive: true);
        site.BuildOk();
        Assert.Contains(CoverFiles(site).Values, bytes => bytes.SequenceEqual(marked));
    }

    private static Dictionary<string, byte[]> CoverFiles(TestSite site) =>
        site.OutputFiles().Where(f => f.StartsWith("podcast/images/", StringComparison.Ordinal))
            .ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(site.Output, f)));
}
