using System.Xml.Linq;

namespace Sitecast.Podcast;

/// <summary>The XML namespaces of the podcast feed.</summary>
public static class FeedNamespaces
{
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Podcast = "https://podcastindex.org/namespace/1.0";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Atom = "http://www.w3.org/2005/Atom";
    public const string Psc = "http://podlove.org/simple-chapters";

    public static readonly XNamespace PodcastNs = Podcast;
}
