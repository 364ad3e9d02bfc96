using Sitecast.Audio;
using Sitecast.Tests.Support;
using Xunit;

namespace Sitecast.Tests.Audio;

/// <summary>
/// Files the coverage-guided fuzzer (fuzz/run.sh audio and chapters) found to break a reader, minimised and kept in
/// tests/fixtures/fuzz: each is now refused with a message saying what is wrong, or read with a warning.
/// </summary>
public sealed class AudioFuzzFindingTests
{
    public static string PathOf(string name) => Path.Combine(RepoPaths.Root, "tests", "fixtures", "fuzz", name);

    [Theory]
    // An Opus page whose granule position counts 10^16 samples: TimeSpan overflowed.
    [InlineData("ogg-granule.opus", "the last Ogg page's granule position gives a length of ")]
    // An ID3v2 header with version 0xFF: skipped as no tag, while TagLib# read it and allocated its 266 MB size.
    [InlineData("id3-version-ff.mp3", "the ID3v2 tag header at byte 0 is damaged")]
    // An ID3v2.0 tag with the footer flag: TagLib# counts the footer (we did not), and allocated 209 MB for the
    // "tag" it then found 10 bytes further on.
    [InlineData("id3-footer-in-v2.mp3", "the ID3v2 tag claims 209715665 bytes, but the file has only 420")]
    // An ID3v2.3 frame of 2^32 - 10 bytes, marked compressed (fuzz/run.sh chapters, minimised by hand): TagLib#'s
    // step to the next frame wrapped to zero and it skipped the same frame for ever, so the build hung.
    [InlineData("id3-frame-size-wraps.mp3", "the ID3v2 tag at byte 0 is damaged: its frame 'TALB' claims 4294967286 bytes, but the tag has only 22 left")]
    public void A_file_with_an_impossible_structure_is_refused_saying_why(string name, string message)
    {
        // Run apart so that a reader caught in a loop fails the test instead of hanging the suite.
        Task<AudioFormatException> reading = Task.Run(() => Assert.Throws<AudioFormatException>(() => AudioReader.Read(PathOf(name))));
        Assert.True(reading.Wait(TimeSpan.FromSeconds(20)), $"reading {name} did not end within 20 s");
        AudioFormatException error = reading.Result;

        Assert.StartsWith(message, error.Message);
        Assert.Null(error.InnerException); // refused by the reader's own check, not caught after a crash
    }

    [Fact]
    public void A_chapter_whose_title_text_is_cut_short_is_kept_under_its_id_with_a_warning()
    {
        // An ID3v2.3 tag (fuzz/run.sh chapters) whose CHAP frame holds a TIT2 sub-frame shorter than its encoding
        // needs: TagLib# threw ArgumentOutOfRangeException when the title was read, and the whole file was refused.
        var tag = new TagLib.Id3v2.Tag(new TagLib.ByteVector(File.ReadAllBytes(PathOf("id3-chapter-title-cut.id3"))));
        var warnings = new List<string>();

        IReadOnlyList<Chapter> chapters = Id3Chapters.Read(tag, warnings);

        Chapter chapter = Assert.Single(chapters);
        Assert.Equal("00", chapter.Title);
        Assert.Equal("the title of chapter '00' cannot be decoded; the chapter is named by its ID", Assert.Single(warnings));
    }

    [Fact]
    public void A_truncated_m4a_whose_time_table_repeats_a_sample_four_billion_times_is_read_with_a_warning()
    {
        // truncated.m4a with its stts entry count set to 0xFFFFFFFF (written by hand to test the bounds rule): the
        // reader listed 2^31 sample times (16 GB) to find where the cut file ends; the stsz table bounds it now.
        AudioInfo original = AudioReader.Read(AudioFixtures.PathOf("truncated.m4a"));

        AudioInfo info = AudioReader.Read(PathOf("mp4-sample-count-huge.m4a"));

        Assert.StartsWith("the file is truncated", Assert.Single(info.Warnings));
        Assert.Equal(original.Duration.TotalSeconds, info.Duration.TotalSeconds, 1);
    }
}
