namespace Sitecast.Podcast;

/// <summary>The show's pages in podcast apps and directories, for the subscribe links on the podcast page.</summary>
public sealed class SubscribeLinks
{
    public string? Apple { get; set; }
    public string? Spotify { get; set; }
    public string? PocketCasts { get; set; }
    public string? AntennaPod { get; set; }
    public string? Gpodder { get; set; }

    /// <summary>The configured links in a fixed order: (YAML key, label, URL).</summary>
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
