using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Podcast;

namespace Sitecast.Fuzz;

/// <summary>
/// A transcript sidecar, read both as WebVTT (.vtt) and as SubRip (.srt), and cut into the episode page's paragraphs.
/// Bad text must end in a <see cref="ContentException"/> naming the file and line, nothing else.
/// </summary>
internal sealed class TranscriptTarget : FuzzTarget
{
    public override string Name => "transcript";

    public override IEnumerable<(string Name, byte[] Bytes)> Seeds(string repository) => Repository.HandWritten(repository, Name);

    public override void Run(byte[] input)
    {
        foreach (string path in new[] { "podcast/fuzz.vtt", "podcast/fuzz.srt" })
        {
            try
            {
                Transcript.Parse(SourceText.Decode(input, path), path).Paragraphs();
            }
            catch (ContentException)
            {
            }
        }
    }
}
