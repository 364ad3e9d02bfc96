using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// A transcript sidecar (&lt;stem&gt;.vtt or &lt;stem&gt;.srt): the file is published as it is and linked from the feed
/// (podcast:transcript); its cues are read here to show the text on the episode page.
/// </summary>
public sealed partial record Transcript(string SourcePath, string MimeType, string Extension, IReadOnlyList<TranscriptCue> Cues)
{
    /// <summary>A new paragraph starts when the speaker changes or after a pause of this length.</summary>
    private static readonly TimeSpan ParagraphPause = TimeSpan.FromSeconds(2);

    public static Transcript Parse(string text, string displayPath)
    {
        bool vtt = displayPath.EndsWith(".vtt", StringComparison.OrdinalIgnoreCase);
        if (vtt && !text.TrimStart('\uFEFF').StartsWith("WEBVTT", StringComparison.Ordinal))
            throw new ContentException(new SourceLocation(displayPath, 1, 1), "a WebVTT transcript must start with the line WEBVTT",
                "add WEBVTT as the first line, or name the file .srt if it is SubRip");

        var cues = new List<TranscriptCue>();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match timing = Timing().Match(lines[i]);
            if (!timing.Success) continue;
            if (!TryTime(timing.Groups[1].Value, out TimeSpan start) || !TryTime(timing.Groups[2].Value, out TimeSpan end))
                throw new ContentException(new SourceLocation(displayPath, i + 1, 1), $"'{lines[i].Trim()}' is not a valid cue timing",
                    "write e.g. 00:01:02.500 --> 00:01:05.000");

            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim().Length > 0; i++) body.Add(lines[i].Trim());
            string joined = string.Join(' ', body);
            Match voice = Voice().Match(joined);
            string? speaker = voice.Success ? voice.Groups[1].Value.Trim() : null;
            string plain = WebUtility.HtmlDecode(Tags().Replace(joined, ""));
            if (speaker is null && SpeakerPrefix().Match(plain) is { Success: true } prefix)
            {
                speaker = prefix.Groups[1].Value;
                plain = plain[prefix.Length..];
            }

            if (plain.Trim().Length > 0) cues.Add(new TranscriptCue(start, end, speaker, plain.Trim()));
        }

        if (cues.Count == 0)
            throw new ContentException(new SourceLocation(displayPath, 1, 1), "the transcript has no cues",
                "each cue is a timing line like 00:00:01.000 --> 00:00:04.000 followed by its text");
        return new Transcript(displayPath, vtt ? "text/vtt" : "application/x-subrip", vtt ? ".vtt" : ".srt", cues);
    }

    public IReadOnlyList<TranscriptParagraph> Paragraphs()
    {
        var paragraphs = new List<TranscriptParagraph>();
        TranscriptCue? first = null;
        TimeSpan last = TimeSpan.Zero;
        var text = new List<string>();
        foreach (TranscriptCue cue in Cues.OrderBy(c => c.Start))
        {
            if (first is not null && (cue.Speaker != first.Speaker || cue.Start - last > ParagraphPause))
            {
                paragraphs.Add(new TranscriptParagraph(first.Start, first.Speaker, string.Join(' ', text)));
                text.Clear();
                first = null;
            }

            first ??= cue;
            text.Add(cue.Text);
            last = cue.End;
        }

        if (first is not null) paragraphs.Add(new TranscriptParagraph(first.Start, first.Speaker, string.Join(' ', text)));
        return paragraphs;
    }

    private static bool TryTime(string text, out TimeSpan time)
    {
        string normal = text.Replace(',', '.');
        if (normal.Count(c => c == ':') == 1) normal = "00:" + normal;
        return TimeSpan.TryParseExact(normal, @"hh\:mm\:ss\.fff", CultureInfo.InvariantCulture, out time);
    }

    [GeneratedRegex(@"^\s*([\d:.,]+)\s+-->\s+([\d:.,]+)")]
    private static partial Regex Timing();

    [GeneratedRegex(@"<v(?:\.[^ >]*)?\s+([^>]+)>")]
    private static partial Regex Voice();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    // SubRip has no voice tags; "Name: text" at the start of a cue is the usual way to name the speaker.
    [GeneratedRegex(@"^([\p{L}][\p{L} .'-]{0,40}):\s+")]
    private static partial Regex SpeakerPrefix();
}
