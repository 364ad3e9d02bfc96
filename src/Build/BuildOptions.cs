namespace Sitecast.Build;

/// <summary>What the command line asked for. Paths are absolute.</summary>
public sealed record BuildOptions
{
    public required string SourceRoot { get; init; }
    public required string OutputRoot { get; init; }
    public string? BaseUrl { get; init; }
    public bool IncludeDrafts { get; init; }
    public bool IncludeFuture { get; init; }

    /// <summary>Published podcast episodes may vanish from the feed or change their GUID (--allow-removed-episodes).</summary>
    public bool AllowRemovedEpisodes { get; init; }

    /// <summary>
    /// A feed published before, as a URL or a file (--previous-feed): its GUIDs are kept like those of the record.
    /// Empty: the site's own feed, &lt;baseUrl&gt;podcast/feed.xml. Null: none.
    /// </summary>
    public string? PreviousFeed { get; init; }

    /// <summary>How long fetching <see cref="PreviousFeed"/> from a URL may take before the build goes on without it.</summary>
    public TimeSpan PreviousFeedTimeout { get; init; } = Podcast.FeedSource.DefaultTimeout;

    public PublishedRecordMode PublishedRecord { get; init; } = PublishedRecordMode.Update;

    /// <summary>The wall-clock "now" in the site's time zone, if given with --now; else the real clock.</summary>
    public DateTime? Now { get; init; }

    /// <summary>Where the theme shipped with the program lives, for sites without a theme/ folder.</summary>
    public string DefaultThemeRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>Keep results between builds in &lt;source&gt;/.sitecast-cache and skip a build when nothing changed.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>For tests: makes this build's writes fail after some files (see <see cref="Output.WriteFaults"/>).</summary>
    internal Output.WriteFaults? WriteFaults { get; init; }
}
