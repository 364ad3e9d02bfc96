using System.Xml;
using System.Xml.Linq;

namespace Sitecast.Podcast;

/// <summary>
/// A feed that was published before: the one the previous build left in the output folder, or one named with
/// --previous-feed (the live feed, or another tool's). Podcast apps know episodes by the GUIDs in it, so this build
/// must keep them.
/// </summary>
public sealed record PreviousFeed(string? PodcastGuid, IReadOnlyList<PublishedEpisode> Episodes)
{
    public const string RelativePath = "podcast/feed.xml";

    /// <summary>The feed in the output folder, null when there is none; throws <see cref="XmlException"/> when it is unreadable.</summary>
    public static PreviousFeed? Load(string outputRoot)
    {
        string path = Path.Combine(outputRoot, "podcast", "feed.xml");
        if (!File.Exists(path)) return null;
        return Parse(XDocument.Load(path), path);
    }

    /// <param name="origin">Where the feed came from, named in messages about its episodes.</param>
    public static PreviousFeed Parse(XDocument feed, string origin)
    {
        XElement? channel = feed.Root?.Element("channel");
        if (channel is null) throw new XmlException("it has no <channel>");

        var episodes = channel.Elements("item")
            .Select(item => new PublishedEpisode(
                GuidOf(item),
                item.Element("title")?.Value ?? "",
                item.Element("link")?.Value.Trim(),
                item.Element(FeedNamespaces.PodcastNs + "alternateEnclosure")?.Element(FeedNamespaces.PodcastNs + "integrity")?.Attribute("value")?.Value,
                origin))
            .Where(e => e.Guid.Length > 0)
            .ToList();
        return new PreviousFeed(channel.Element(FeedNamespaces.PodcastNs + "guid")?.Value.Trim(), episodes);
    }

    /// <summary>An item's GUID as apps read it: the element's text, only the surrounding white space dropped.</summary>
    public static string GuidOf(XElement item) => item.Element("guid")?.Value.Trim() ?? "";
}
