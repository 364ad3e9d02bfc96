using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Podcast;
using Xunit;

namespace Sitecast.Tests.Podcast;

public sealed class PodcastTextTests
{
    [Fact]
    public void Xml_text_drops_what_xml_1_0_cannot_carry_and_keeps_everything_else()
    {
        string input = "a\u0001b\u0008c\td\ne\u000Bf\uFFFEg\uD800h🎧i\u00E4<&>\"'";
        Assert.Equal("abc\td\nefgh🎧iä<&>\"'", XmlSafeText.Clean(input));
        Assert.Equal("", XmlSafeText.Clean(null));
        Assert.Same("plain text", XmlSafeText.Clean("plain text"));
    }

    [Fact]
    public void Feed_dates_use_english_names_and_rfc_2822_offsets()
    {
        var date = new DateTimeOffset(2026, 3, 5, 7, 8, 9, TimeSpan.FromHours(1));
        Assert.Equal("Thu, 05 Mar 2026 07:08:09 +0100", Sitecast.Feeds.FeedDates.Rfc822(date));
        Assert.Equal("Sat, 01 Aug 2026 23:00:00 -0530", Sitecast.Feeds.FeedDates.Rfc822(new DateTimeOffset(2026, 8, 1, 23, 0, 0, new TimeSpan(-5, -30, 0))));
        Assert.Equal("01:02:03.450", EpisodeTimes.NormalPlayTime(new TimeSpan(0, 1, 2, 3, 450)));
        Assert.Equal("62.5", EpisodeTimes.Seconds(TimeSpan.FromSeconds(62.5)));
        Assert.Equal("1:02:03", EpisodeTimes.Clock(new TimeSpan(1, 2, 3)));
        Assert.Equal("2:03", EpisodeTimes.Clock(new TimeSpan(0, 2, 3)));
    }

    [Fact]
    public void A_webvtt_transcript_becomes_paragraphs_by_speaker_and_pause()
    {
        const string vtt = """
            WEBVTT

            1
            00:00:00.000 --> 00:00:02.000
            <v Anna>Hallo &amp; willkommen.

            00:00:02.100 --> 00:00:04.000
            <v Anna>Heute geht es um <i>Zwillinge</i>.

            00:00:04.100 --> 00:00:06.000
            <v Ben>Danke, Anna.

            00:00:09.000 --> 00:00:10.000
            <v Ben>Nach einer Pause.
            """;
        Transcript transcript = Transcript.Parse(vtt.Replace("\r\n", "\n"), "podcast/a.vtt");
        Assert.Equal("text/vtt", transcript.MimeType);
        var paragraphs = transcript.Paragraphs();
        Assert.Equal(3, paragraphs.Count);
        Assert.Equal(("Anna", "Hallo & willkommen. Heute geht es um Zwillinge."), (paragraphs[0].Speaker, paragraphs[0].Text));
        Assert.Equal(("Ben", "Danke, Anna."), (paragraphs[1].Speaker, paragraphs[1].Text));
        Assert.Equal(TimeSpan.FromSeconds(9), paragraphs[2].Start);
    }

    [Fact]
    public void A_subrip_transcript_is_read_with_speakers_from_name_prefixes()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:02,500\nAnna: Guten Tag.\n\n2\n00:00:02,600 --> 00:00:04,000\nBen: Hallo.\n";
        Transcript transcript = Transcript.Parse(srt, "podcast/a.srt");
        Assert.Equal("application/x-subrip", transcript.MimeType);
        Assert.Equal([("Anna", "Guten Tag."), ("Ben", "Hallo.")], transcript.Cues.Select(c => (c.Speaker, c.Text)));
        Assert.Equal(TimeSpan.FromSeconds(1), transcript.Cues[0].Start);
    }

    [Fact]
    public void A_broken_transcript_or_chapters_file_is_an_error_naming_the_file_and_line()
    {
        var vtt = Assert.Throws<ContentException>(() => Transcript.Parse("00:00:01.000 --> 00:00:02.000\nText\n", "podcast/a.vtt"));
        Assert.Equal("podcast/a.vtt:1:1", vtt.Diagnostic.Location.ToString());
        var timing = Assert.Throws<ContentException>(() => Transcript.Parse("WEBVTT\n\n00:00:99.000 --> 00:01:00.000\nText\n", "podcast/a.vtt"));
        Assert.Equal("podcast/a.vtt:3:1", timing.Diagnostic.Location.ToString());
        var json = Assert.Throws<ContentException>(() => ChaptersJson.Read("{\n  \"chapters\": [\n    {\"startTime\": 1,,}\n  ]\n}", "podcast/a.chapters.json"));
        Assert.Equal("podcast/a.chapters.json", json.Diagnostic.Location.Path);
        Assert.Equal(3, json.Diagnostic.Location.Line);
    }
}
