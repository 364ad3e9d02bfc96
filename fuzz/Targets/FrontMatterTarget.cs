using Sitecast.Content;
using Sitecast.Diagnostics;
using Sitecast.Model;
using Sitecast.Podcast;

namespace Sitecast.Fuzz;

/// <summary>
/// A Markdown file's front matter as posts and episode sidecars read it: UTF-8 decoding, the --- split, YAML into
/// <see cref="FrontMatter"/> and <see cref="EpisodeFrontMatter"/>, and the date. Bad text must end in a
/// <see cref="ContentException"/> (an error naming the file and line), nothing else.
/// </summary>
internal sealed class FrontMatterTarget : FuzzTarget
{
    private const string Path = "posts/fuzz.md";

    public override string Name => "frontmatter";

    public override IEnumerable<(string Name, byte[] Bytes)> Seeds(string repository) => Repository.HandWritten(repository, Name);

    public override void Run(byte[] input)
    {
        SplitSource split;
        try
        {
            split = FrontMatterSplitter.Split(SourceText.Decode(input, Path), Path);
        }
        catch (ContentException)
        {
            return;
        }

        Expect(() =>
        {
            var post = YamlReader.Read<FrontMatter>(split.Yaml, Path, split.YamlFirstLine, FrontMatter.Keys, new DiagnosticBag(), out _);
            if (post.Date is { } date) ContentDate.TryParse(date, TimeZoneInfo.Utc, out _);
        });
        Expect(() =>
        {
            var episode = YamlReader.Read<EpisodeFrontMatter>(split.Yaml, Path, split.YamlFirstLine, EpisodeFrontMatter.Keys, new DiagnosticBag(), out _);
            if (episode.Date is { } date) ContentDate.TryParse(date, TimeZoneInfo.Utc, out _);
        });
    }

    private static void Expect(Action read)
    {
        try
        {
            read();
        }
        catch (ContentException)
        {
        }
    }
}
