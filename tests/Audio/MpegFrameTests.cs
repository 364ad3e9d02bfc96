using Sitecast.Audio;
using Xunit;

namespace Sitecast.Tests.Audio;

public sealed class MpegFrameTests
{
    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, 3, 3, 128, 44100, 417, 1152)] // MPEG-1 layer III
    [InlineData(new byte[] { 0xFF, 0xFB, 0x92, 0x64 }, 3, 3, 128, 44100, 418, 1152)] // padded
    [InlineData(new byte[] { 0xFF, 0xF3, 0x40, 0xC4 }, 2, 3, 32, 22050, 104, 576)] // MPEG-2 layer III
    [InlineData(new byte[] { 0xFF, 0xE3, 0x28, 0xC4 }, 0, 3, 16, 8000, 144, 576)] // MPEG-2.5 layer III
    [InlineData(new byte[] { 0xFF, 0xFD, 0x90, 0x04 }, 3, 2, 160, 44100, 522, 1152)] // MPEG-1 layer II
    [InlineData(new byte[] { 0xFF, 0xFF, 0x90, 0x04 }, 3, 1, 288, 44100, 312, 384)] // MPEG-1 layer I
    public void A_header_gives_its_frame_length_and_samples(byte[] bytes, int version, int layer, int kbps, int rate, int length, int samples)
    {
        Assert.True(MpegFrameHeader.TryParse(bytes, out MpegFrameHeader header));
        Assert.Equal((version, layer, kbps, rate), (header.Version, header.Layer, header.BitrateKbps, header.SampleRate));
        Assert.Equal(length, header.FrameLength);
        Assert.Equal(samples, header.SamplesPerFrame);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x00, 0x64 })] // free-format bitrate
    [InlineData(new byte[] { 0xFF, 0xFB, 0xF0, 0x64 })] // bitrate index 15
    [InlineData(new byte[] { 0xFF, 0xFB, 0x9C, 0x64 })] // sample rate index 3
    [InlineData(new byte[] { 0xFF, 0xEB, 0x90, 0x64 })] // MPEG version "01" (reserved)
    [InlineData(new byte[] { 0xFF, 0xF9, 0x90, 0x64 })] // layer "00" (reserved)
    [InlineData(new byte[] { 0x49, 0x44, 0x33, 0x04 })] // "ID3"
    public void Reserved_values_are_no_header(byte[] bytes) => Assert.False(MpegFrameHeader.TryParse(bytes, out _));

    [Fact]
    public void Frame_sync_patterns_inside_tags_are_not_counted()
    {
        // sync-in-tags.mp3 is vbr-noxing.mp3 with fake frame headers in ID3v2 PRIV, in an APE tag and an ID3v1 tag
        AudioInfo plain = AudioReader.Read(AudioFixtures.PathOf("vbr-noxing.mp3"));
        AudioInfo withTags = AudioReader.Read(AudioFixtures.PathOf("sync-in-tags.mp3"));

        Assert.Equal(plain.Duration, withTags.Duration);
        Assert.Empty(withTags.Warnings);
    }

    [Fact]
    public void A_lone_sync_pattern_in_junk_before_the_audio_is_skipped()
    {
        // Given junk holding a valid-looking header that no second header follows
        using var folder = new TempAudioFolder();
        byte[] junk = [0x00, 0xFF, 0xFB, 0x90, 0x64, .. new byte[300]];
        string file = folder.Write("junk.mp3", [.. junk, .. File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"))]);

        AudioInfo info = AudioReader.Read(file);

        Assert.Equal(AudioFixtures.DecodedSeconds("no-tags.mp3"), info.Duration.TotalSeconds, 3);
        Assert.Equal("305 bytes before the first MPEG frame are not audio and were skipped", Assert.Single(info.Warnings));
    }

    [Fact]
    public void Frames_are_counted_exactly_across_many_buffer_refills()
    {
        // Given 40 copies of a CBR stream without tags or Info header: one valid stream of 40 times the frames (~2.8 MB)
        using var folder = new TempAudioFolder();
        byte[] once = File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"));
        string file = folder.Write("long.mp3", Enumerable.Repeat(once, 40).SelectMany(bytes => bytes).ToArray());

        AudioInfo info = AudioReader.Read(file);

        Assert.Equal(40 * AudioFixtures.DecodedSeconds("no-tags.mp3"), info.Duration.TotalSeconds, 3);
        Assert.Empty(info.Warnings);
    }

    [Theory]
    [InlineData("vbr-noxing.mp3")]
    [InlineData("id3v24-utf8.mp3")]
    [InlineData("mpeg2-22k.mp3")]
    public void The_vbr_fixtures_without_xing_are_ones_tagLib_gets_wrong(string name)
    {
        // The fixture is only a test of frame counting if TagLib#'s first-frame estimate is clearly off
        using TagLib.File file = TagLib.File.Create(AudioFixtures.PathOf(name));
        Assert.True(Math.Abs(file.Properties.Duration.TotalSeconds - AudioFixtures.DecodedSeconds(name)) > 2,
            $"TagLib# says {file.Properties.Duration.TotalSeconds} s");
    }

    [Theory]
    [InlineData("Xing")]
    [InlineData("VBRI")]
    public void The_frame_count_of_a_xing_or_vbri_header_wins_over_counting(string kind)
    {
        // Given no-tags.mp3 (CBR 40 kbit/s at 32 kHz, 180-byte frames) behind a header frame promising 200 frames
        using var folder = new TempAudioFolder();
        byte[] audio = File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"));
        byte[] frame = new byte[180];
        audio.AsSpan(0, 4).CopyTo(frame);
        frame[2] &= 0xFD; // no padding byte: exactly 180 bytes
        if (kind == "Xing")
        {
            // mono MPEG-1: the Xing header follows 17 bytes of side information; flag 1 = frame count present
            "Xing"u8.CopyTo(frame.AsSpan(4 + 17));
            frame[4 + 17 + 7] = 1;
            frame[4 + 17 + 8 + 3] = 200;
        }
        else
        {
            "VBRI"u8.CopyTo(frame.AsSpan(36));
            frame[36 + 5] = 1; // version
            frame[36 + 14 + 3] = 200;
        }

        string file = folder.Write(kind + ".mp3", [.. frame, .. audio]);

        // When
        AudioInfo info = AudioReader.Read(file);

        // Then: 200 frames of 1152 samples at 32 kHz; the header frame itself is silent and not counted
        Assert.Equal(7.2, info.Duration.TotalSeconds, 6);
        Assert.Empty(info.Warnings);
    }

    [Fact]
    public void A_xing_header_promising_more_frames_than_the_file_holds_is_a_truncated_file()
    {
        using var folder = new TempAudioFolder();
        byte[] audio = File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"));
        byte[] frame = new byte[180];
        audio.AsSpan(0, 4).CopyTo(frame);
        frame[2] &= 0xFD;
        "Xing"u8.CopyTo(frame.AsSpan(4 + 17));
        frame[4 + 17 + 7] = 1;
        frame[4 + 17 + 8 + 2] = 0x10; // 4096 frames

        AudioInfo info = AudioReader.Read(folder.Write("short.mp3", [.. frame, .. audio]));

        Assert.StartsWith("the file is truncated", Assert.Single(info.Warnings));
        Assert.Equal(AudioFixtures.DecodedSeconds("no-tags.mp3"), info.Duration.TotalSeconds, 3);
    }
}
