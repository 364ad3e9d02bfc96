using System.Security.Cryptography;
using System.Text.Json;
using System.Xml.Linq;
using Sitecast.Audio;
using Sitecast.Podcast;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Podcast;

/// <summary>An Opus file with the same stem as an MP3 is the MP3 episode's podcast:alternateEnclosure, not an episode.</summary>
public sealed class AlternateEnclosureTests
{
    private static readonly XNamespace Pod = FeedNamespaces.Podcast;

    private static TestSite TwinSite()
    {
        TestSite site = PodcastFixtures.Site("-- podcast/plain.md --\n---\ndate: 2026-11-01\n---\n", 1400, "plain.mp3");
        site.WriteBytes("podcast/plain.opus", PodcastFixtures.Audio("voice.opus"));
        return site;
    }

    [Fact]
    public void The_opus_twin_is_an_alternate_enclosure_with_its_own_size_bitrate_and_integrity()
    {
        using TestSite site = TwinSite();
        var report = site.BuildOk();
        AudioInfo opus = AudioReader.Read(PodcastFixtures.PathOf("voice.opus"));
        byte[] opusBytes = PodcastFixtures.Audio("voice.opus");

        // No Ogg warning: the Opus file is no episode of its own, so nothing is left out of the feed.
        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("Ogg"));
        XElement item = Assert.Single(XDocument.Parse(site.Read("podcast/feed.xml")).Descendants("item"));
        Assert.Equal("audio/mpeg", item.Element("enclosure")!.Attribute("type")!.Value);
        XElement[] alternates = item.Elements(Pod + "alternateEnclosure").ToArray();
        Assert.Equal(2, alternates.Length);
        Assert.Equal("true", alternates[0].Attribute("default")!.Value);

        XElement twin = alternates[1];
        Assert.Null(twin.Attribute("default"));
        Assert.Equal("audio/ogg", twin.Attribute("type")!.Value);
        Assert.Equal("opus", twin.Attribute("codecs")!.Value);
        Assert.Equal(opusBytes.Length.ToString(), twin.Attribute("length")!.Value);
        long bitrate = (long)Math.Round(opusBytes.Length * 8 / opus.Duration.TotalSeconds);
        Assert.Equal(bitrate.ToString(), twin.Attribute("bitrate")!.Value);
        Assert.Equal("https://example.org/podcast/audio/plain.opus", twin.Element(Pod + "source")!.Attribute("uri")!.Value);
        Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(opusBytes)), twin.Element(Pod + "integrity")!.Attribute("value")!.Value);
        Assert.NotEqual(alternates[0].Element(Pod + "integrity")!.Attribute("value")!.Value, twin.Element(Pod + "integrity")!.Attribute("value")!.Value);

        // Published beside the MP3, offered by the page's player, with no page of its own.
        Assert.Equal(opusBytes, File.ReadAllBytes(Path.Combine(site.Output, "podcast/audio/plain.opus")));
        site.AssertFileContent("podcast/plain/index.html", """<source src="/podcast/audio/plain.opus" type="audio/ogg; codecs=opus">""");
        Assert.Single(site.OutputFiles(), f => f.StartsWith("podcast/", StringComparison.Ordinal) && f.EndsWith("/index.html", StringComparison.Ordinal) && f != "podcast/index.html");
    }

    [SkippableFact]
    public void The_podcast_index_parser_reads_both_encodings()
    {
        using TestSite site = TwinSite();
        site.BuildOk();
        JsonElement item = Partytime.Parse(site.Read("podcast/feed.xml")).GetProperty("items")[0];
        JsonElement[] alternates = item.GetProperty("alternativeEnclosures").EnumerateArray().ToArray();
        Assert.Equal(["audio/mpeg", "audio/ogg"], alternates.Select(a => a.GetProperty("type").GetString()));
        Assert.Equal(PodcastFixtures.Audio("voice.opus").Length, alternates[1].GetProperty("length").GetInt64());
        Assert.True(alternates[1].GetProperty("bitrate").GetDouble() > 0);
        Assert.Equal("opus", alternates[1].GetProperty("codecs").GetString());
        Assert.StartsWith("sha384-", alternates[1].GetProperty("integrity").GetProperty("value").GetString());
        Assert.Equal("https://example.org/podcast/audio/plain.opus", alternates[1].GetProperty("source")[0].GetProperty("uri").GetString());
    }
}
