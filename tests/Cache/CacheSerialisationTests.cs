using System.Text.Json;
using Sitecast.Audio;
using Sitecast.Cache;
using Sitecast.Content;
using Sitecast.Podcast;
using Xunit;

namespace Sitecast.Tests.Cache;

/// <summary>
/// The entries every build reads and writes go through the serialisation code generated at compile time, never
/// through reflection (which compiles code at run time on every build), and come back as they went in.
/// </summary>
public sealed class CacheSerialisationTests
{
    [Theory]
    [InlineData(typeof(CacheEntry<AudioInfo>))]
    [InlineData(typeof(CacheEntry<string>))]
    [InlineData(typeof(CacheEntry<PixelSize>))]
    [InlineData(typeof(CacheEntry<RenderedMarkdown>))]
    public void Cache_entries_use_the_generated_code(Type entry)
    {
        Assert.IsType<CacheJsonContext>(CacheJsonContext.FileOptions.GetTypeInfo(entry).OriginatingResolver);
    }

    [Fact]
    public void Audio_facts_come_back_as_they_were_stored()
    {
        var info = new AudioInfo
        {
            MimeType = "audio/mpeg",
            SizeBytes = 123_456,
            Duration = TimeSpan.FromMilliseconds(3_723_456),
            Title = "Folge 1: Straße & <Zwilling>",
            Track = 3,
            Date = new DateOnly(2026, 11, 20),
            Chapters = [new Chapter(TimeSpan.FromSeconds(1.5), "Anfang", "https://example.org/") { End = TimeSpan.FromSeconds(9) }],
            Cover = new EmbeddedPicture([1, 2, 3], "image/jpeg"),
        };
        var folder = Directory.CreateTempSubdirectory("sitecast-cache-");
        try
        {
            var cache = new BuildCache(folder.FullName);
            cache.Put("audio", "0123456789abcdef", info);

            Assert.True(cache.TryGet("audio", "0123456789abcdef", out AudioInfo read));
            Assert.Equal(info.Duration, read.Duration);
            Assert.Equal(info.Title, read.Title);
            Assert.Equal(info.Date, read.Date);
            Assert.Equal(info.Chapters.Single(), read.Chapters.Single());
            Assert.Equal(info.Cover!.Data, read.Cover!.Data);
            Assert.Contains("Straße & <Zwilling>", File.ReadAllText(Directory.EnumerateFiles(folder.FullName, "*.json", SearchOption.AllDirectories).Single()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
