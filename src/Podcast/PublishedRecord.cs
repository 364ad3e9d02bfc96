using System.Globalization;
using Sitecast.Content;
using Sitecast.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sitecast.Podcast;

/// <summary>
/// podcast/published.yml: every episode the podcast has published (or scheduled), with its GUID, kept in the
/// repository. A build on a fresh machine has no previous output folder; this file is its memory of what podcast
/// apps already know. See <see cref="PublishedRecordText"/> for how it is written.
/// </summary>
public sealed record PublishedRecord(string? PodcastGuid, IReadOnlyList<PublishedRecordEntry> Episodes)
{
    public const string DisplayPath = "podcast/published.yml";

    public const string DateFormat = "yyyy-MM-dd'T'HH:mm:sszzz";

    public static readonly PublishedRecord Empty = new(null, []);

    /// <summary>The record in the site folder, null when there is none; a malformed one is a <see cref="ContentException"/> at its line.</summary>
    public static PublishedRecord? Load(string sourceRoot)
    {
        string path = Path.Combine(sourceRoot, "podcast", "published.yml");
        if (!File.Exists(path)) return null;
        return Parse(SourceText.Read(path, DisplayPath));
    }

    public static PublishedRecord Parse(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw Error(e.Start, $"invalid YAML: {e.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return Empty;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw Error(stream.Documents[0].RootNode.Start, "expected the keys podcastGuid and episodes");

        string? podcastGuid = root.Children.TryGetValue(new YamlScalarNode("podcastGuid"), out YamlNode? guidNode) ? Text(guidNode) : null;
        var episodes = new List<PublishedRecordEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode("episodes"), out YamlNode? list) && list is not YamlScalarNode { Value: null or "" })
        {
            if (list is not YamlSequenceNode sequence) throw Error(list.Start, "'episodes' must be a list");
            foreach (YamlNode item in sequence)
            {
                PublishedRecordEntry entry = Entry(item);
                if (!seen.Add(entry.Guid)) throw Error(item.Start, $"the GUID {entry.Guid} is listed twice");
                episodes.Add(entry);
            }
        }

        return new PublishedRecord(podcastGuid, episodes);
    }

    private static PublishedRecordEntry Entry(YamlNode item)
    {
        if (item is not YamlMappingNode entry) throw Error(item.Start, "an episode must have the keys guid, title and published");
        string? Value(string key) => entry.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? Text(node) : null;

        string guid = Value("guid") is { Length: > 0 } g ? g : throw Error(item.Start, "this episode has no guid");
        DateTimeOffset? published = null;
        if (Value("published") is { Length: > 0 } text)
        {
            if (!DateTimeOffset.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset date))
                throw Error(entry.Children[new YamlScalarNode("published")].Start, $"'{text}' is not a date like 2026-10-22T06:00:00+02:00");
            published = date;
        }

        return new PublishedRecordEntry(guid, Value("title") ?? "", published, Value("page"), Value("integrity"));
    }

    private static string? Text(YamlNode node) => node is YamlScalarNode scalar
        ? scalar.Value
        : throw Error(node.Start, "expected a single value here");

    private static ContentException Error(Mark at, string message) =>
        new(new SourceLocation(DisplayPath, (int)at.Line, (int)at.Column), message,
            "the build writes this file: restore it from version control, or delete it and build once with the published feed (--previous-feed)");
}
