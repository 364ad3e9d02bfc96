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

    /// <summary>
    /// The channel as <paramref name="language"/>'s pages show it: its translated title and description and, with
    /// separate feeds, that language's own feed (/en/podcast/feed.xml) with a podcast GUID of its own.
    /// </summary>
    public PodcastChannel In(Model.SiteLanguage language, Templates.SiteUrls urls)
    {
        if (language.IsDefault) return this;
        string feedUrl = Config.SeparateFeeds ? urls.Absolute(language.Url("/" + PreviousFeed.RelativePath)) : FeedUrl;
        return this with
        {
            Config = Config.In(Config.Translations.GetValueOrDefault(language.Code)),
            Language = language.Code,
            FeedUrl = feedUrl,
            Link = Config.Link ?? urls.Absolute(language.Url(Url)),
            PodcastGuid = Config.SeparateFeeds ? Uuid5.ForFeedUrl(feedUrl).ToString() : PodcastGuid,
        };
    }
}
