namespace Sitecast.Podcast;

/// <summary>The show's pages in podcast apps and directories, for the subscribe links on the podcast page.</summary>
public sealed class SubscribeLinks
{
    public string? Apple { get; set; }
    public string? Spotify { get; set; }
    public string? PocketCasts { get; set; }
    public string? AntennaPod { get; set; }
    public string? Gpodder { get; set; }

    /// <summary>AntennaPod's page that subscribes to a feed by its URL, for "antennaPod: true".</summary>
    public const string AntennaPodDeeplink = "https://antennapod.org/deeplink/subscribe?url=";

    /// <summary>
    /// The configured links in a fixed order: (YAML key, label, URL). Plain links: the page loads nothing from the
    /// apps' hosts. "antennaPod: true" links AntennaPod's subscribe page for <paramref name="feedUrl"/>.
    /// </summary>
    public IEnumerable<(string Key, string Label, string Url)> Configured(string feedUrl)
    {
        foreach (var (key, label, url) in Configured())
            yield return key == "antennaPod" && url == "true" ? (key, label, AntennaPodDeeplink + Uri.EscapeDataString(feedUrl)) : (key, label, url);
    }

    /// <summary>The links as podcast.yml writes them.</summary>
    public IEnumerable<(string Key, string Label, string Url)> Configured()
    {
        (string, string, string?)[] all =
        [
            ("apple", "Apple Podcasts", Apple), ("spotify", "Spotify", Spotify), ("pocketCasts", "Pocket Casts", PocketCasts),
            ("antennaPod", "AntennaPod", AntennaPod), ("gpodder", "gPodder", Gpodder),
        ];
        foreach (var (key, label, url) in all)
        {
            if (!string.IsNullOrWhiteSpace(url)) yield return (key, label, url.Trim());
        }
    }
}
