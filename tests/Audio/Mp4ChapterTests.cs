using Microsoft.Win32.SafeHandles;
using Sitecast.Audio;
using Xunit;

namespace Sitecast.Tests.Audio;

public sealed class Mp4ChapterTests
{
    private static Mp4Facts Read(string name)
    {
        string path = AudioFixtures.PathOf(name);
        using SafeFileHandle handle = File.OpenHandle(path);
        return Mp4Reader.Read(new FileWindow(handle, new FileInfo(path).Length));
    }

    [Fact]
    public void Nero_chapters_and_the_quicktime_chapter_track_agree()
    {
        Mp4Facts facts = Read("chapters.m4a");

        Assert.Equal(["Begrüßung", "Deiche & Daten", "Ausblick"], facts.NeroChapters.Select(c => c.Title));
        Assert.Equal([0.0, 4.0, 8.25], facts.NeroChapters.Select(c => c.Start.TotalSeconds));
        Assert.Equal(facts.NeroChapters, facts.TrackChapters);
    }

    [Fact]
    public void A_file_with_only_a_chapter_track_has_chapters()
    {
        Mp4Facts facts = Read("chapters-qt.m4a");

        Assert.Empty(facts.NeroChapters);
        Assert.Equal(["Begrüßung", "Deiche & Daten", "Ausblick"], facts.Chapters.Select(c => c.Title));
    }

    [Theory]
    [InlineData("00:00:04.000", 4000)]
    [InlineData("01:02:03.5", 3723500)]
    [InlineData("02:03.250", 123250)]
    public void Vorbis_chapter_times_are_parsed(string text, int milliseconds)
    {
        Assert.True(VorbisChapters.TryParseTime(text, out TimeSpan time));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), time);
    }

    [Theory]
    [InlineData("4 Minuten")]
    [InlineData("1:2:3:4")]
    [InlineData("")]
    public void Vorbis_chapter_times_that_are_no_time_are_refused(string text) =>
        Assert.False(VorbisChapters.TryParseTime(text, out _));
}
