namespace Sitecast.Podcast;

/// <summary>podcast/podcast.yml: the channel. Keys are camelCase in YAML; README's "Podcast" section lists them.</summary>
public sealed class PodcastConfig
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Author { get; set; }
    public PodcastOwner? Owner { get; set; }

    /// <summary>ISO 639 code such as de or de-DE; default: the site's language.</summary>
    public string? Language { get; set; }

    public string Category { get; set; } = "";
    public string? Subcategory { get; set; }
    public bool Explicit { get; set; }

    /// <summary>episodic (newest first) or serial (in order; episode numbers required).</summary>
    public string Type { get; set; } = "episodic";

    /// <summary>The cover, relative to podcast/: 1400–3000 px, square.</summary>
    public string Image { get; set; } = "";

    public string? Copyright { get; set; }

    /// <summary>The show's website; default: the podcast page of this site.</summary>
    public string? Link { get; set; }

    public List<PodcastFunding> Funding { get; set; } = new();

    /// <summary>podcast:locked: other platforms must not import the feed.</summary>
    public bool Locked { get; set; }

    public string Medium { get; set; } = "podcast";
    public string? License { get; set; }
    public List<PodcastPerson> Persons { get; set; } = new();

    /// <summary>podcast:guid pinned for life; default: derived once from the feed URL.</summary>
    public string? Guid { get; set; }

    /// <summary>Where the audio files are served from (a CDN) instead of copying them into the site.</summary>
    public string? MediaBaseUrl { get; set; }

    /// <summary>The feed is for Apple Podcasts too, which takes no Ogg: Ogg/Opus episodes stay out of the feed.</summary>
    public bool Apple { get; set; } = true;

    public SubscribeLinks Subscribe { get; set; } = new();

    /// <summary>The show's title and description in the site's other languages, by language code.</summary>
    public Dictionary<string, PodcastText> Translations { get; set; } = new();

    /// <summary>
    /// On a site in several languages: one feed for all (the default language's), or separate, a feed per language
    /// at /&lt;code&gt;/podcast/feed.xml with its translated episodes.
    /// </summary>
    public string Feeds { get; set; } = "one";

    /// <summary>GUIDs of published episodes that were removed on purpose.</summary>
    public List<string> Retired { get; set; } = new();

    public List<PodcastTrailer> Trailers { get; set; } = new();

    /// <summary>podcast:location of the show; an episode's sidecar may set its own.</summary>
    public PodcastLocation? Location { get; set; }

    public List<PodrollEntry> Podroll { get; set; } = new();
    public List<PodcastTxt> Txt { get; set; } = new();

    /// <summary>podcast:updateFrequency; default: derived from site.yml's cadence.</summary>
    public UpdateFrequency? UpdateFrequency { get; set; }

    /// <summary>itunes:new-feed-url: the feed has moved there (the old address must redirect to it).</summary>
    public string? NewFeedUrl { get; set; }

    /// <summary>The WebSub hub the feed names and `notify` pings; "none" names none.</summary>
    public string Hub { get; set; } = DefaultHub;

    /// <summary>"true" for the Podcast Index's hub/pubnotify, or another endpoint's URL; `notify` calls it.</summary>
    public string? Pubnotify { get; set; }

    public const string DefaultHub = "https://pubsubhubbub.appspot.com/";
    public const string PodcastIndexPubnotify = "https://api.podcastindex.org/api/1.0/hub/pubnotify";

    /// <summary>The hub's URL, or null for "none".</summary>
    public string? HubUrl => Hub.Trim() is "none" or "" ? null : Hub.Trim();

    /// <summary>The pubnotify endpoint, or null when not asked for.</summary>
    public string? PubnotifyUrl => Pubnotify?.Trim() switch
    {
        null or "" or "false" => null,
        "true" => PodcastIndexPubnotify,
        { } url => url,
    };

    /// <summary>This configuration with the show's title and description in another language, where given.</summary>
    public PodcastConfig In(PodcastText? text)
    {
        var copy = (PodcastConfig)MemberwiseClone();
        copy.Title = text?.Title?.Trim() is { Length: > 0 } title ? title : Title;
        copy.Description = text?.Description?.Trim() is { Length: > 0 } description ? description : Description;
        return copy;
    }

    public bool SeparateFeeds => Feeds == "separate";

    public static readonly string[] Keys =
    [
        "title", "description", "author", "owner", "language", "category", "subcategory", "explicit", "type", "image",
        "copyright", "link", "funding", "locked", "medium", "license", "persons", "guid", "mediaBaseUrl", "apple",
        "subscribe", "retired", "trailers", "location", "podroll", "txt", "updateFrequency", "newFeedUrl", "hub", "pubnotify",
        "translations", "feeds",
    ];

    public static readonly string[] Media =
    [
        "podcast", "music", "video", "film", "audiobook", "newsletter", "blog", "publisher", "course",
        "mixed", "podcastL", "musicL", "videoL", "filmL", "audiobookL", "newsletterL", "blogL", "publisherL", "courseL",
    ];
}
