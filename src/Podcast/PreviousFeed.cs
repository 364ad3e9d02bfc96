using System.Xml;
using System.Xml.Linq;

namespace Sitecast.Podcast;

/// <summary>
/// The feed the previous build left in the output folder. Podcast apps know episodes by the GUIDs in it,
/// so this build must keep them: it is the memory of what was published.
/// </summary>
public sealed record PreviousFeed(string? PodcastGuid, IReadOnlyList<PublishedEpisode> Episodes)
{
    public const string RelativePath = "podcast/feed.xml";

    /// <summary>The previous feed, null when there is none; throws <see cref="XmlException"/> when it is unreadable.</summary>
    public static PreviousFeed? Load(string outputRoot)
    {
        string path = Path.Combine(outputRoot, "podcast", "feed.xml");
        if (!File.Exists(path)) return null;

        XDocument feed = XDocument.Load(path);
        XElement? channel = feed.Root?.Element("channel");
        if (channel is null) throw new XmlException("it has no <channel>");

        var episodes = channel.Elements("item")
            .Select(item => new PublishedEpisode(
                item.Element("guid")?.Value.Trim() ?? "",
                item.Element("title")?.Value ?? "",
                item.Element("link")?.Value,
                item.Element(FeedNamespaces.PodcastNs + "alternateEnclosure")?.Element(FeedNamespaces.PodcastNs + "integrity")?.Attribute("value")?.Value))
            .Where(e => e.Guid.Length > 0)
            .ToList();
        return new PreviousFeed(channel.Element(FeedNamespaces.PodcastNs + "guid")?.Value.Trim(), episodes);
    }
}
