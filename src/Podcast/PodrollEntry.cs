namespace Sitecast.Podcast;

/// <summary>podcast.yml "podroll": another show this one recommends (podcast:remoteItem).</summary>
public sealed class PodrollEntry
{
    /// <summary>The other show's podcast:guid.</summary>
    public string FeedGuid { get; set; } = "";

    public string? FeedUrl { get; set; }
    public string? Title { get; set; }
}
