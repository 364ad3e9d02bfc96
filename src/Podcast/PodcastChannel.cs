namespace Sitecast.Podcast;

/// <summary>The checked channel: podcast.yml plus what the build worked out (cover sizes, feed URL, GUID).</summary>
public sealed record PodcastChannel
{
    public required PodcastConfig Config { get; init; }
    public required string Language { get; init; }
    public required CoverImage Cover { get; init; }

    /// <summary>Absolute URL of site/podcast/feed.xml.</summary>
    public required string FeedUrl { get; init; }

    /// <summary>The show's website (absolute).</summary>
    public required string Link { get; init; }

    public required string PodcastGuid { get; init; }

    public IReadOnlyList<ChannelTrailer> Trailers { get; init; } = [];

    /// <summary>podcast:updateFrequency as written: podcast.yml's, else derived from the site's cadence.</summary>
    public UpdateFrequency? Frequency { get; init; }

    public const string Url = "/podcast/";
}
