using System.Text.Json;
using Sitecast.Audio;
using Sitecast.Content;
using Sitecast.Incremental;
using Sitecast.Podcast;
using Xunit;

namespace Sitecast.Tests.Cache;

/// <summary>
/// The values every build reads and writes go through the serialisation code generated at compile time, never
/// through reflection (which compiles code at run time on every build), and come back as they went in.
/// </summary>
public sealed class CacheSerialisationTests
{
    [Theory]
    [InlineData(typeof(AudioInfo))]
    [InlineData(typeof(string))]
    [InlineData(typeof(PixelSize))]
    public void Kept_values_use_the_generated_code(Type entry)
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
            var kept = new KeptValues<AudioInfo>(cache, "audio-facts", byProgramBuild: true);
            kept.Keep("folge-1.mp3", info);
            kept.Save();

            Assert.True(new KeptValues<AudioInfo>(cache, "audio-facts", byProgramBuild: true).TryGet("folge-1.mp3", out AudioInfo read));
            Assert.Equal(info.Duration, read.Duration);
            Assert.Equal(info.Title, read.Title);
            Assert.Equal(info.Date, read.Date);
            Assert.Equal(info.Chapters.Single(), read.Chapters.Single());
            Assert.Equal(info.Cover!.Data, read.Cover!.Data);
            Assert.Contains("Straße & <Zwilling>", File.ReadAllText(Path.Combine(folder.FullName, "audio-facts.bin")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
