using System.Security.Cryptography;
using System.Xml.Linq;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>The feed's podcast:integrity is the SHA-384 of the audio file the enclosure points to.</summary>
public sealed class AudioIntegrityTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData((1 << 20) - 1)]
    [InlineData((1 << 20) + 1)]
    [InlineData(3 * (1 << 20) + 12345)]
    public void The_integrity_of_a_file_is_its_sha384_whatever_its_length(int length)
    {
        byte[] bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        string path = Path.Combine(Path.GetTempPath(), $"sitecast-integrity-{Guid.NewGuid():N}.mp3");
        File.WriteAllBytes(path, bytes);
        try
        {
            Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(bytes)), ReadEpisodes.IntegrityOf(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_feed_gives_the_sha384_of_each_published_audio_file()
    {
        const string sidecars = """
            -- podcast/tagged.md --
            ---
            date: 2026-11-20
            ---
            -- podcast/plain.md --
            ---
            date: 2026-11-10
            ---
            """;
        using TestSite site = PodcastFixtures.Site(sidecars, 1400, "tagged.mp3", "plain.mp3");
        site.BuildOk();

        XNamespace pod = FeedNamespaces.Podcast;
        var items = XDocument.Parse(site.Read("podcast/feed.xml")).Descendants("item").ToList();
        Assert.Equal(2, items.Count);
        foreach (XElement item in items)
        {
            string url = item.Element("enclosure")!.Attribute("url")!.Value;
            string published = Path.Combine(site.Output, "podcast", "audio", Path.GetFileName(new Uri(url).LocalPath));
            string integrity = item.Element(pod + "alternateEnclosure")!.Element(pod + "integrity")!.Attribute("value")!.Value;
            Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(File.ReadAllBytes(published))), integrity);
        }
    }
}
