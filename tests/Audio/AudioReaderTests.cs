using System.Text.Json;
using Sitecast.Audio;
using Xunit;

namespace Sitecast.Tests.Audio;

public sealed class AudioReaderTests
{
    [Theory]
    [MemberData(nameof(AudioFixtures.Playable), MemberType = typeof(AudioFixtures))]
    public void Duration_is_within_a_tenth_of_a_second_of_a_full_decode(string name)
    {
        // Given a real file and its duration from a full ffmpeg decode, recorded when it was made
        double expected = AudioFixtures.DecodedSeconds(name);

        // When
        AudioInfo info = AudioReader.Read(AudioFixtures.PathOf(name));

        // Then
        Assert.InRange(info.Duration.TotalSeconds, expected - 0.1, expected + 0.1);
    }

    [Theory]
    [MemberData(nameof(AudioFixtures.Tagged), MemberType = typeof(AudioFixtures))]
    public void Tags_are_read_as_written(string name)
    {
        AudioInfo info = AudioReader.Read(AudioFixtures.PathOf(name));

        Assert.Equal(AudioFixtures.Text(name, "mime"), info.MimeType);
        Assert.Equal(new FileInfo(AudioFixtures.PathOf(name)).Length, info.SizeBytes);
        Assert.Equal(AudioFixtures.Text(name, "title"), info.Title);
        Assert.Equal(ExpectedArtists(name), info.Artists);
        Assert.Equal(AudioFixtures.Text(name, "album"), info.Album);
        Assert.Equal(AudioFixtures.Number(name, "track"), info.Track);
        Assert.Equal(AudioFixtures.Number(name, "disc"), info.Disc);
        Assert.Equal(AudioFixtures.Text(name, "date"), info.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AudioFixtures.Number(name, "year"), info.Year);
        Assert.Equal(AudioFixtures.Text(name, "comment"), info.Comment);
        Assert.Equal(AudioFixtures.Text(name, "genre"), info.Genre);
        Assert.Equal(AudioFixtures.Text(name, "cover"), info.Cover?.MimeType);
        if (info.Cover is not null) Assert.NotEmpty(info.Cover.Data);
    }

    [Theory]
    [MemberData(nameof(AudioFixtures.WithChapters), MemberType = typeof(AudioFixtures))]
    public void Chapters_come_in_order_with_their_times_titles_and_links(string name)
    {
        JsonElement[] expected = AudioFixtures.Of(name).GetProperty("chapters").EnumerateArray().ToArray();

        IReadOnlyList<Chapter> chapters = AudioReader.Read(AudioFixtures.PathOf(name)).Chapters;

        Assert.Equal(expected.Length, chapters.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].GetProperty("title").GetString(), chapters[i].Title);
            Assert.Equal(expected[i].GetProperty("start").GetDouble(), chapters[i].Start.TotalSeconds, 3);
            string? url = expected[i].TryGetProperty("url", out JsonElement link) ? link.GetString() : null;
            Assert.Equal(url, chapters[i].Url);
        }
    }

    [Fact]
    public void Special_characters_in_tags_are_reported_exactly_as_stored()
    {
        AudioInfo info = AudioReader.Read(AudioFixtures.PathOf("id3v24-utf8.mp3"));

        Assert.StartsWith("Fragen & Antworten: <Zwilling> \"digital\" 'vernetzt' ", info.Title);
        Assert.Contains("\U0001F3D9", info.Title);
        Assert.Contains("\u0007", info.Title); // dropped only by the feed writer
        Assert.Equal(["Anna Ömer", "Bo Chen & Co"], info.Artists);
    }

    [Fact]
    public void Id3v2_wins_over_id3v1_and_id3v1_text_is_latin1()
    {
        // cbr.mp3 carries both tags; its ID3v1 title is "Alter Titel"
        Assert.Equal("Aarhus: der Zwilling am Hafen", AudioReader.Read(AudioFixtures.PathOf("cbr.mp3")).Title);
        Assert.Equal("Grüße aus Köln", AudioReader.Read(AudioFixtures.PathOf("id3v1-only.mp3")).Title);
    }

    [Fact]
    public void Id3v2_chapters_carry_their_end_times()
    {
        IReadOnlyList<Chapter> chapters = AudioReader.Read(AudioFixtures.PathOf("chapters-unordered.mp3")).Chapters;

        Assert.Equal([4.0, 8.25, 13.0], chapters.Select(c => c.End!.Value.TotalSeconds));
    }

    [Theory]
    [InlineData("truncated.mp3")]
    [InlineData("truncated.m4a")]
    public void Truncated_files_are_read_with_a_warning(string name)
    {
        AudioInfo info = AudioReader.Read(AudioFixtures.PathOf(name));

        Assert.StartsWith("the file is truncated", Assert.Single(info.Warnings));
    }

    [Fact]
    public void Whole_files_have_no_warnings()
    {
        foreach (string name in AudioFixtures.Names.Where(n => AudioFixtures.Of(n).TryGetProperty("decoded", out _) && AudioFixtures.Text(n, "warning") is null))
        {
            Assert.True(AudioReader.Read(AudioFixtures.PathOf(name)).Warnings.Count == 0, name);
        }
    }

    [Fact]
    public void An_opus_cover_in_metadata_block_picture_is_read()
    {
        // Given chapters.opus with a PNG cover added by TagLib# (ffmpeg cannot write one into Ogg)
        using var folder = new TempAudioFolder();
        string path = folder.Write("cover.opus", File.ReadAllBytes(AudioFixtures.PathOf("chapters.opus")));
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        using (TagLib.File file = TagLib.File.Create(path))
        {
            file.Tag.Pictures = [new TagLib.Picture(new TagLib.ByteVector(png)) { Type = TagLib.PictureType.FrontCover, MimeType = "image/png" }];
            file.Save();
        }

        // When
        AudioInfo info = AudioReader.Read(path);

        // Then
        Assert.Equal("image/png", info.Cover!.MimeType);
        Assert.Equal(png, info.Cover.Data);
        Assert.Equal(AudioFixtures.DecodedSeconds("chapters.opus"), info.Duration.TotalSeconds, 2);
        Assert.Equal(3, info.Chapters.Count);
    }

    private static string[] ExpectedArtists(string name) =>
        AudioFixtures.Of(name).TryGetProperty("artists", out JsonElement artists)
            ? artists.EnumerateArray().Select(a => a.GetString()!).ToArray()
            : [];
}
