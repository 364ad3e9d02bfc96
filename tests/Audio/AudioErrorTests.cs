using System.Text;
using Sitecast.Audio;
using Xunit;

namespace Sitecast.Tests.Audio;

public sealed class AudioErrorTests
{
    [Fact]
    public void An_empty_file_is_an_error_saying_so()
    {
        var error = Assert.Throws<AudioFormatException>(() => AudioReader.Read(AudioFixtures.PathOf("empty.mp3")));
        Assert.Equal("the file is empty", error.Message);
    }

    [Fact]
    public void A_text_file_named_mp3_is_an_error_saying_it_is_not_an_mp3()
    {
        var error = Assert.Throws<AudioFormatException>(() => AudioReader.Read(AudioFixtures.PathOf("text.mp3")));
        Assert.Equal("no MPEG audio frames found: the file is not an MP3", error.Message);
    }

    [Fact]
    public void A_truncated_mp3_is_read_with_a_warning_and_its_decodable_duration()
    {
        AudioInfo info = AudioReader.Read(AudioFixtures.PathOf("truncated.mp3"));

        string warning = Assert.Single(info.Warnings);
        Assert.StartsWith("the file is truncated", warning);
        Assert.InRange(info.Duration.TotalSeconds, AudioFixtures.DecodedSeconds("truncated.mp3") - 0.1, AudioFixtures.DecodedSeconds("truncated.mp3") + 0.1);
    }

    [Fact]
    public void An_mp3_without_xing_cut_mid_frame_is_noticed()
    {
        using var folder = new TempAudioFolder();
        byte[] whole = File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"));
        string cut = folder.Write("cut.mp3", whole[..(whole.Length - 100)]);

        AudioInfo info = AudioReader.Read(cut);

        Assert.StartsWith("the file is truncated", Assert.Single(info.Warnings));
        // 40 kbit/s at 32 kHz: 180-byte frames of 36 ms; one frame is lost
        Assert.Equal(AudioFixtures.DecodedSeconds("no-tags.mp3") - 0.036, info.Duration.TotalSeconds, 3);
    }

    [Fact]
    public void An_opus_file_cut_short_is_read_with_a_warning()
    {
        using var folder = new TempAudioFolder();
        byte[] whole = File.ReadAllBytes(AudioFixtures.PathOf("chapters.opus"));
        string cut = folder.Write("cut.opus", whole[..(whole.Length / 2)]);

        AudioInfo info = AudioReader.Read(cut);

        Assert.StartsWith("the file is truncated", Assert.Single(info.Warnings));
        Assert.InRange(info.Duration.TotalSeconds, 3, AudioFixtures.DecodedSeconds("chapters.opus") / 2 + 1);
    }

    [Fact]
    public void An_m4a_cut_before_its_movie_box_is_an_error()
    {
        using var folder = new TempAudioFolder();
        byte[] whole = File.ReadAllBytes(AudioFixtures.PathOf("chapters.m4a"));
        string cut = folder.Write("cut.m4a", whole[..(whole.Length / 2)]);

        var error = Assert.Throws<AudioFormatException>(() => AudioReader.Read(cut));
        Assert.Equal("no moov box: the MP4 file is cut off or not audio", error.Message);
    }

    [Fact]
    public void Text_named_m4a_or_opus_is_an_error()
    {
        using var folder = new TempAudioFolder();
        byte[] text = Encoding.UTF8.GetBytes("Das ist kein Audio.\n");

        Assert.StartsWith("no ftyp box", Assert.Throws<AudioFormatException>(() => AudioReader.Read(folder.Write("a.m4a", text))).Message);
        Assert.StartsWith("no Ogg page", Assert.Throws<AudioFormatException>(() => AudioReader.Read(folder.Write("a.opus", text))).Message);
    }

    [Fact]
    public void An_id3v2_tag_claiming_more_than_the_file_is_an_error_without_allocating_it()
    {
        // Given an ID3v2 header claiming the largest size (256 MB) in front of a small MP3
        using var folder = new TempAudioFolder();
        byte[] header = [.. "ID3"u8, 4, 0, 0, 0x7F, 0x7F, 0x7F, 0x7F];
        string file = folder.Write("huge-tag.mp3", [.. header, .. File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"))]);

        // When
        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<AudioFormatException>(() => AudioReader.Read(file));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then
        Assert.StartsWith("the ID3v2 tag claims 268435465 bytes, but the file has only", error.Message);
        Assert.InRange(allocated, 0, 4 << 20);
    }

    [Fact]
    public void A_frame_size_beyond_its_tag_does_not_allocate_beyond_the_file()
    {
        // Given a valid ID3v2.4 tag of 1 KB holding an APIC frame that claims 200 MB
        using var folder = new TempAudioFolder();
        var tag = new byte[10 + 1024];
        "ID3"u8.CopyTo(tag);
        tag[3] = 4;
        tag[8] = 1024 >> 7; // syncsafe 1024
        "APIC"u8.CopyTo(tag.AsSpan(10));
        tag[14] = 0x60; // syncsafe 200 MB
        string file = folder.Write("bogus-frame.mp3", [.. tag, .. File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"))]);

        // When: the file is read or rejected, never a crash and never a huge allocation
        long before = GC.GetAllocatedBytesForCurrentThread();
        AudioInfo? info = null;
        try
        {
            info = AudioReader.Read(file);
        }
        catch (AudioFormatException)
        {
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Then
        Assert.InRange(allocated, 0, 4 << 20);
        if (info is not null)
        {
            Assert.Null(info.Cover);
            Assert.Contains("the embedded picture is neither JPEG, PNG, GIF nor WebP and was ignored", info.Warnings);
        }
    }

    [Fact]
    public void A_large_embedded_picture_is_read_whole()
    {
        // Given a 5 MB picture in an ID3v2.3 APIC frame
        using var folder = new TempAudioFolder();
        byte[] picture = new byte[5 << 20];
        new Random(7).NextBytes(picture);
        picture[0] = 0xFF; // a JPEG's start of image marker
        picture[1] = 0xD8;
        picture[2] = 0xFF;
        byte[] body = [0, .. "image/jpeg"u8, 0, 3, 0, .. picture];
        byte[] frame = [.. "APIC"u8, (byte)(body.Length >> 24), (byte)(body.Length >> 16), (byte)(body.Length >> 8), (byte)body.Length, 0, 0, .. body];
        int size = frame.Length;
        byte[] header = [.. "ID3"u8, 3, 0, 0, (byte)((size >> 21) & 0x7F), (byte)((size >> 14) & 0x7F), (byte)((size >> 7) & 0x7F), (byte)(size & 0x7F)];
        string file = folder.Write("big-cover.mp3", [.. header, .. frame, .. File.ReadAllBytes(AudioFixtures.PathOf("no-tags.mp3"))]);

        AudioInfo info = AudioReader.Read(file);

        Assert.Equal(picture, info.Cover!.Data);
        Assert.Equal(AudioFixtures.DecodedSeconds("no-tags.mp3"), info.Duration.TotalSeconds, 3);
    }

    [Fact]
    public void A_bogus_box_size_inside_the_mp4_movie_is_an_error_without_allocating_it()
    {
        // Given chapters.m4a with the first metadata item (inside moov/udta/meta/ilst) claiming 2 GB
        using var folder = new TempAudioFolder();
        byte[] bytes = File.ReadAllBytes(AudioFixtures.PathOf("chapters.m4a"));
        int ilst = bytes.AsSpan().IndexOf("ilst"u8);
        Assert.True(ilst > 0);
        bytes[ilst + 4] = 0x7F;
        bytes[ilst + 5] = 0xFF;
        string file = folder.Write("bogus.m4a", bytes);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var error = Assert.Throws<AudioFormatException>(() => AudioReader.Read(file));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.StartsWith("the MP4 box '", error.Message);
        Assert.Contains("in 'moov/udta/meta/ilst' claims", error.Message);
        Assert.InRange(allocated, 0, 4 << 20);
    }
}
