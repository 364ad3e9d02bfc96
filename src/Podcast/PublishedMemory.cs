using System.Xml;
using Sitecast.Build;
using Sitecast.Diagnostics;

namespace Sitecast.Podcast;

/// <summary>
/// What podcast apps already know of this podcast, gathered in order: the committed record (podcast/published.yml),
/// the feed named with --previous-feed, then the feed the previous build left in the output folder. An episode
/// found in an earlier source wins over the same GUID in a later one. On a fresh CI runner the output folder is
/// empty, so the record (and the live feed the pipelines pass) is what keeps the GUID rules working there.
/// </summary>
public sealed record PublishedMemory(string? PodcastGuid, IReadOnlyList<PublishedEpisode> Episodes, PublishedRecord? Record)
{
    /// <param name="feedUrl">The site's own feed URL, fetched when --previous-feed is given without a value.</param>
    public static PublishedMemory Gather(SiteContext site, string feedUrl, DiagnosticBag diagnostics)
    {
        PublishedRecord? record = PublishedRecord.Load(site.Options.SourceRoot);
        var episodes = new List<PublishedEpisode>();
        var guids = new HashSet<string>(StringComparer.Ordinal);
        void Remember(IEnumerable<PublishedEpisode> found)
        {
            foreach (PublishedEpisode episode in found)
                if (guids.Add(episode.Guid)) episodes.Add(episode);
        }

        if (record is not null)
            Remember(record.Episodes.Select(e => new PublishedEpisode(e.Guid, e.Title, e.Page is null ? null : site.Urls.Absolute(e.Page),
                e.Integrity, PublishedRecord.DisplayPath, Live: e.Published is not { } date || date <= site.Now)));

        PreviousFeed? named = site.Options.PreviousFeed is { } source ? Named(source.Length == 0 ? feedUrl : source, site, diagnostics) : null;
        PreviousFeed? left = InOutputFolder(site, diagnostics);
        foreach (PreviousFeed feed in new[] { named, left }.OfType<PreviousFeed>()) Remember(feed.Episodes);

        string? podcastGuid = new[] { record?.PodcastGuid, named?.PodcastGuid, left?.PodcastGuid }
            .FirstOrDefault(g => g is { Length: > 0 } && Guid.TryParse(g, out _));
        return new PublishedMemory(podcastGuid, episodes, record);
    }

    /// <summary>
    /// The feed of --previous-feed. A URL that gives no feed is a warning (a site never published has none yet);
    /// a file the author named that cannot be read is an error.
    /// </summary>
    private static PreviousFeed? Named(string source, SiteContext site, DiagnosticBag diagnostics)
    {
        bool url = FeedSource.IsUrl(source);
        try
        {
            return PreviousFeed.Parse(FeedSource.Load(source, site.Options.PreviousFeedTimeout), source);
        }
        catch (Exception e) when (url && e is FeedUnavailableException or XmlException or IOException)
        {
            diagnostics.Warning(new SourceLocation(""), $"the previous feed {source} could not be fetched ({e.Message}); going on without it",
                "fine for a podcast that was never published; else the GUIDs are guarded by podcast/published.yml alone");
        }
        catch (Exception e) when (!url && e is XmlException or IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(new SourceLocation(""), $"the previous feed {source} cannot be read: {e.Message}",
                "name the feed.xml that was last published, or its URL");
        }

        return null;
    }

    private static PreviousFeed? InOutputFolder(SiteContext site, DiagnosticBag diagnostics)
    {
        try
        {
            return PreviousFeed.Load(site.Options.OutputRoot);
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            diagnostics.Warning(new SourceLocation(PodcastConfigLoader.DisplayPath),
                $"the previous feed {site.Options.OutputRoot}/{PreviousFeed.RelativePath} cannot be read ({e.Message}); episode GUIDs are not compared with it",
                "pin every episode's guid in its sidecar so it never depends on the previous feed");
            return null;
        }
    }
}
